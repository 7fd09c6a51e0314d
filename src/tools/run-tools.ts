import { chat } from "../chat/chat.js";
import { stream } from "../chat/stream.js";
import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import type { ChatParams } from "../types/chat-params.js";
import type { ChatResult } from "../types/chat-result.js";
import { type SendStep, checkToolRun, toolLoop } from "./tool-loop.js";
import { toolRunStream } from "./tool-run-stream.js";
import type { RunToolsEvent, RunToolsOptions, RunToolsResult, ToolRunStream } from "./types.js";

/**
 * Runs the tool loop: sends the request with the tools, executes every tool call the model makes (at the same time
 * unless `parallel_tool_calls: false`), appends the assistant message — with its `tool_calls`, `reasoning_details`
 * and `reasoning` as received, which Anthropic, Gemini and Kimi need back — and then the tool results, and sends
 * again with the same tools, until the model answers without calling a tool or `maxSteps` requests were sent.
 *
 * Arguments are parsed and validated with each tool's schema; bad arguments, an unknown tool name or a throwing
 * `execute` become a tool result `{"error": "…"}` the model can read and recover from, never a crash. `tool_choice`
 * is sent on every request (`"required"` therefore runs until `maxSteps`).
 *
 * With `stream: true` each request is streamed and a {@link ToolRunStream} of events is returned at once;
 * otherwise a promise of the {@link RunToolsResult}: the last request's result plus `steps`, `totalUsage`,
 * `stoppedBy` and the whole conversation in `messages`.
 *
 * @throws {@link ValidationError} before sending, for bad options or a bad request (rejects; with `stream: true`, throws).
 * @throws {@link APIError} / {ConnectionError} / {TimeoutError} / {AbortError} as `chat()` and `stream()` do; `AbortError`
 * also when the signal fires while tools run.
 * @example
 * ```ts
 * import * as z from "zod";
 * import { createClient } from "openrouter-fetch";
 * import { runTools, tool } from "openrouter-fetch/tools";
 * const add = tool({
 *   name: "add",
 *   description: "Adds two numbers",
 *   parameters: z.object({ a: z.number(), b: z.number() }),
 *   execute: ({ a, b }) => a + b,
 * });
 * const client = createClient();
 * const result = await runTools(client, { model: "openai/gpt-4.1-nano", prompt: "What is 2 + 40?" }, { tools: [add] });
 * console.log(result.text, result.steps.length, result.totalUsage.cost);
 *
 * for await (const event of runTools(client, { model: "openai/gpt-4.1-nano", prompt: "2 + 2?" }, { tools: [add], stream: true })) {
 *   if (event.type === "text") process.stdout.write(event.text);
 * }
 * ```
 */
export function runTools(client: Client, params: ChatParams, options: RunToolsOptions & { stream: true }): ToolRunStream;
export function runTools(client: Client, params: ChatParams, options: RunToolsOptions & { stream?: false | undefined }): Promise<RunToolsResult>;
export function runTools(client: Client, params: ChatParams, options: RunToolsOptions): ToolRunStream | Promise<RunToolsResult>;
export function runTools(client: Client, params: ChatParams, options: RunToolsOptions): ToolRunStream | Promise<RunToolsResult> {
  if (options?.stream === true) {
    const run = checkToolRun(params, options);
    const signal = callOptions(client, run.requestOptions).signal;
    return toolRunStream(toolLoop(run, streamStep(client), signal));
  }
  try {
    const run = checkToolRun(params, options);
    const signal = callOptions(client, run.requestOptions).signal;
    return drain(toolLoop(run, chatStep(client), signal));
  } catch (error) {
    return Promise.reject(error);
  }
}

async function drain(loop: AsyncGenerator<RunToolsEvent, RunToolsResult>): Promise<RunToolsResult> {
  for (;;) {
    const next = await loop.next();
    if (next.done) return next.value;
  }
}

function chatStep(client: Client): SendStep {
  return async function* (params: ChatParams, options: RequestOptions): AsyncGenerator<RunToolsEvent, ChatResult, undefined> {
    return await chat(client, params, options);
  };
}

function streamStep(client: Client): SendStep {
  return async function* (params: ChatParams, options: RequestOptions, step: number): AsyncGenerator<RunToolsEvent, ChatResult, undefined> {
    const answer = await stream(client, params, options);
    for await (const chunk of answer) {
      const delta = chunk.choices?.[0]?.delta;
      if (typeof delta?.reasoning === "string" && delta.reasoning !== "") yield { type: "reasoning", text: delta.reasoning, step };
      if (typeof delta?.content === "string" && delta.content !== "") yield { type: "text", text: delta.content, step };
    }
    return await answer.final();
  };
}
