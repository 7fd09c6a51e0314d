import type { Script, Step } from "./wire.js";

/** What a reply, a matcher or a handler sees of a request the mock received. */
export interface MockRequest {
  method: string;
  /** The path without the query, e.g. `/api/v1/chat/completions`. */
  path: string;
  /** The whole URL the client called. */
  url: string;
  /** Lower-case names; `authorization` is redacted (`Bearer [redacted]`). */
  headers: Record<string, string>;
  /** The JSON body parsed, a multipart body as an object of its text fields, other text as is; `undefined` when empty. */
  body: any;
}

/** A scripted answer: a wire {@link Script}, or a function of the request that returns one. */
export type MockReply = Script | ((request: MockRequest) => Script);

/** One tool call of a scripted answer. */
export interface MockToolCall {
  name: string;
  /** The arguments: an object is sent as its JSON text, a string as it is (malformed JSON, say). */
  arguments?: unknown;
  /** @default `call_<n>` */
  id?: string;
  /** Streamed: how many `arguments` fragments the call arrives in. @default 1 */
  fragments?: number;
}

/** The content of a scripted chat answer. An array of strings is how a stream is chunked: one event per piece. */
export interface ChatReply {
  text?: string | string[];
  /** The model's reasoning (`message.reasoning`, `delta.reasoning`), sent before the text. */
  reasoning?: string | string[];
  toolCalls?: MockToolCall[];
  /** Generated images, as `data:` or https URLs (`message.images`). */
  images?: string[];
  /** @default `"tool_calls"` with tool calls, else `"stop"` */
  finishReason?: string;
  /** @default the request's model */
  model?: string;
  /** Replaces the default usage (10 prompt tokens, one completion token per piece). */
  usage?: Record<string, unknown>;
}

/** How a scripted answer travels: delays, pacing, chunking and the ways it can fail on the way. */
export interface ReplyOptions {
  /** Wait this many ms before the status line. */
  delay?: number;
  /** Streamed: wait this many ms between events. */
  pace?: number;
  /** Split the body into network chunks of this many bytes (cutting through events and characters). */
  chunkSize?: number;
  /** Cut the connection after this many bytes of the body. */
  dropAfterBytes?: number;
  /** Streamed: after this many events, send nothing more and keep the connection open. */
  stallAfter?: number;
  /** Streamed: after this many events, an error chunk (`finish_reason: "error"`, HTTP status already 200). */
  errorAfter?: { events: number; code?: number; message?: string; metadata?: Record<string, unknown> };
  /** Extra response headers. */
  headers?: Record<string, string>;
}

let generation = 0;

/** A generation id of the mock's (`gen-mock-<n>`), unique within the process. */
function nextId(): string {
  return `gen-mock-${++generation}`;
}

const asPieces = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const argumentsText = (call: MockToolCall): string => (typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments ?? {}));

/** Splits `text` into `n` pieces of about equal length (the last may be shorter; none is empty unless `text` is). */
function split(text: string, n: number): string[] {
  if (n <= 1 || text.length <= 1) return [text];
  const size = Math.ceil(text.length / Math.min(n, text.length));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function usageOf(reply: ChatReply, completionTokens: number): Record<string, unknown> {
  return reply.usage ?? { prompt_tokens: 10, completion_tokens: completionTokens, total_tokens: 10 + completionTokens, cost: 0 };
}

/** A `chat.completion` body with the scripted message, as OpenRouter sends it. */
function completionBody(reply: ChatReply, request: MockRequest, id: string): Record<string, unknown> {
  const text = asPieces(reply.text).join("");
  const reasoning = asPieces(reply.reasoning).join("");
  const calls = reply.toolCalls ?? [];
  const message: Record<string, unknown> = { role: "assistant", content: text, refusal: null, reasoning: reasoning || null };
  if (calls.length > 0)
    message.tool_calls = calls.map((call, i) => ({ id: call.id ?? `call_${i + 1}`, type: "function", index: i, function: { name: call.name, arguments: argumentsText(call) } }));
  if (reply.images?.length) message.images = reply.images.map((url) => ({ type: "image_url", image_url: { url } }));
  const finish = reply.finishReason ?? (calls.length > 0 ? "tool_calls" : "stop");
  return {
    id,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: reply.model ?? request.body?.model ?? "openrouter/mock",
    provider: "Mock",
    choices: [{ index: 0, logprobs: null, finish_reason: finish, native_finish_reason: finish, message }],
    usage: usageOf(reply, Math.max(1, asPieces(reply.text).length)),
  };
}

/** The `chat.completion.chunk` events of a streamed answer, without the closing `[DONE]`. */
function completionChunks(reply: ChatReply, request: MockRequest, id: string): Record<string, unknown>[] {
  const base = { id, object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model: reply.model ?? request.body?.model ?? "openrouter/mock", provider: "Mock" };
  const chunk = (delta: Record<string, unknown>, finish: string | null = null, extra: Record<string, unknown> = {}) => ({
    ...base,
    choices: [{ index: 0, delta: { role: "assistant", ...delta }, finish_reason: finish, native_finish_reason: finish, logprobs: null }],
    ...extra,
  });
  const events = [chunk({ content: "" })];
  for (const piece of asPieces(reply.reasoning)) events.push(chunk({ content: "", reasoning: piece }));
  for (const piece of asPieces(reply.text)) events.push(chunk({ content: piece }));
  (reply.toolCalls ?? []).forEach((call, index) => {
    split(argumentsText(call), call.fragments ?? 1).forEach((fragment, i) => {
      const head = i === 0 ? { id: call.id ?? `call_${index + 1}`, type: "function" } : {};
      events.push(chunk({ content: null, tool_calls: [{ index, ...head, function: { ...(i === 0 ? { name: call.name } : {}), arguments: fragment } }] }));
    });
  });
  if (reply.images?.length) events.push(chunk({ content: "", images: reply.images.map((url) => ({ type: "image_url", image_url: { url } })) }));
  const finish = reply.finishReason ?? (reply.toolCalls?.length ? "tool_calls" : "stop");
  events.push(chunk({ content: "" }, finish, { usage: usageOf(reply, Math.max(1, events.length - 1)) }));
  return events;
}

/** The wire script of a list of SSE events with the options' pacing and failures. */
function eventScript(events: unknown[], options: ReplyOptions, errorChunk: (error: NonNullable<ReplyOptions["errorAfter"]>) => unknown, id: string): Script {
  const steps: Step[] = [{ comment: "OPENROUTER PROCESSING" }];
  let ended = false;
  for (const [i, event] of events.entries()) {
    if (options.errorAfter && i === options.errorAfter.events) {
      steps.push({ data: errorChunk(options.errorAfter) });
      ended = true;
      break;
    }
    if (options.stallAfter !== undefined && i === options.stallAfter) {
      steps.push({ stall: true });
      ended = true;
      break;
    }
    if (i > 0 && options.pace) steps.push({ wait: options.pace });
    steps.push({ data: event });
  }
  if (!ended) steps.push({ done: true });
  return withOptions({ headers: { "content-type": "text/event-stream", "x-generation-id": id }, steps }, options);
}

/** A script with the options' headers, delay, chunking and drop applied. @internal */
export function withOptions(script: Script, options: ReplyOptions): Script {
  const out: Script = { ...script, headers: { ...script.headers, ...options.headers } };
  if (options.delay !== undefined) out.headerDelay = options.delay;
  if (options.chunkSize !== undefined) out.chunkSize = options.chunkSize;
  if (options.dropAfterBytes !== undefined) out.dropAfterBytes = options.dropAfterBytes;
  return out;
}

/**
 * A chat answer: JSON for `chat()`, SSE for `stream()` (whichever the request asks for), on OpenRouter's wire
 * format.
 *
 * @example
 * ```ts
 * import { createMockOpenRouter, replyChat } from "openrouter-fetch/testing";
 *
 * const mock = createMockOpenRouter();
 * mock.reply(replyChat({ reasoning: "2 + 2 is 4.", text: ["The answer ", "is 4."] }, { pace: 5 }));
 * ```
 */
export function replyChat(reply: ChatReply, options: ReplyOptions = {}): MockReply {
  return (request) => {
    const id = nextId();
    if (request.body?.stream !== true) return withOptions({ headers: { "x-generation-id": id }, body: completionBody(reply, request, id) }, options);
    const errorChunk = (error: NonNullable<ReplyOptions["errorAfter"]>) => ({
      id,
      object: "chat.completion.chunk",
      created: Math.floor(Date.now() / 1000),
      model: reply.model ?? request.body?.model ?? "openrouter/mock",
      provider: "Mock",
      error: { code: error.code ?? 502, message: error.message ?? "Upstream error", ...(error.metadata ? { metadata: error.metadata } : {}) },
      choices: [{ index: 0, delta: { content: "" }, finish_reason: "error" }],
    });
    return eventScript(completionChunks(reply, request, id), options, errorChunk, id);
  };
}

/**
 * A chat answer with this text; an array is the stream's chunking (one event per piece).
 *
 * @example
 * ```ts
 * import { createMockOpenRouter, replyText } from "openrouter-fetch/testing";
 *
 * const mock = createMockOpenRouter();
 * mock.reply(replyText(["Hel", "lo"]));
 * ```
 */
export function replyText(text: string | string[], options?: ReplyOptions): MockReply {
  return replyChat({ text }, options);
}

/**
 * A chat answer that calls tools (`finish_reason: "tool_calls"`); streamed, each call's arguments arrive in
 * `fragments` pieces.
 *
 * @example
 * ```ts
 * import { createMockOpenRouter, replyToolCalls } from "openrouter-fetch/testing";
 *
 * const mock = createMockOpenRouter();
 * mock.reply(replyToolCalls([{ name: "get_weather", arguments: { city: "Paris" }, fragments: 3 }]));
 * ```
 */
export function replyToolCalls(calls: MockToolCall[], options?: ReplyOptions): MockReply {
  return replyChat({ toolCalls: calls }, options);
}

/**
 * A chat answer whose content is JSON: bare, or fenced in a ```json block the way many models answer.
 *
 * @example
 * ```ts
 * import { createMockOpenRouter, replyJSON } from "openrouter-fetch/testing";
 *
 * const mock = createMockOpenRouter();
 * mock.reply(replyJSON({ city: "Paris" }, { fenced: true }));
 * ```
 */
export function replyJSON(value: unknown, options: ReplyOptions & { fenced?: boolean } = {}): MockReply {
  const json = JSON.stringify(value);
  return replyChat({ text: options.fenced ? "```json\n" + json + "\n```" : json }, options);
}
