import type { RequestOptions } from "../core/options.js";
import type { InferSchemaOutput, StandardSchemaV1 } from "../structured/standard-schema.js";
import type { FinishReason, Usage } from "../types/chat-completion.js";
import type { FunctionTool, JSONSchema } from "../types/chat-params.js";
import type { ChatResult } from "../types/chat-result.js";
import type { ChatMessage, ToolCall, ToolMessage } from "../types/messages.js";

/** What a tool's `execute` gets besides its arguments. */
export interface ToolContext {
  /** The id of the call being answered. */
  toolCallId: string;
  /** The run's signal (the call's `signal` combined with the client's): pass it on to `fetch` and friends. */
  signal: AbortSignal | undefined;
  /** The conversation so far, ending with the assistant message that made the call. */
  messages: readonly ChatMessage[];
}

/** What {@link tool} takes. */
export interface ToolConfig<S extends StandardSchemaV1, Output> {
  /** The function name the model calls: 1-64 letters, digits, `_` or `-`. */
  name: string;
  /** What the tool does and when to use it; the model reads this. */
  description?: string | undefined;
  /** The arguments, as a Standard Schema (zod 4…); the model's arguments are validated with it before `execute`. */
  parameters: S;
  /** The JSON Schema to send, for a schema that cannot describe itself (zod/mini: `z.toJSONSchema(schema)`). */
  jsonSchema?: JSONSchema | undefined;
  /** Sent as `function.strict` (OpenAI strict mode; Anthropic ignores it without a beta header). */
  strict?: boolean | undefined;
  /**
   * Runs the tool. The return value is sent back to the model: a string as it is, anything else as JSON. A throw
   * is sent back as `{"error": "<message>"}` so the model can recover.
   */
  execute: (args: InferSchemaOutput<S>, context: ToolContext) => Output | Promise<Output>;
}

/** A typed tool made by {@link tool}: its wire definition, its schema, and its `execute`. */
export interface ToolDefinition<Args = any, Output = unknown> {
  readonly name: string;
  readonly description: string | undefined;
  readonly parameters: StandardSchemaV1<unknown, Args>;
  /** The tool as sent in the request's `tools`; usable with `chat()` directly. */
  readonly definition: FunctionTool;
  /** Runs the tool with validated arguments (`runTools` calls it; call it yourself to test a tool). */
  execute(args: Args, context: ToolContext): Output | Promise<Output>;
}

/**
 * The outcome of one tool call. `isError` is true for an unknown tool name, arguments that are not JSON or fail the
 * schema (`error` is then a `ResponseValidationError` with the issues), and an `execute` that threw (`error` is what
 * it threw); the model was sent `{"error": "…"}` in each case.
 */
export type ToolResult = {
  toolCallId: string;
  toolName: string;
  /** The arguments: the schema's output when valid, as parsed when not, `undefined` when they were not JSON. */
  input: unknown;
  /** The tool message sent back to the model. */
  message: ToolMessage;
} & ({ isError: false; output: unknown; error?: undefined } | { isError: true; error: unknown; output?: undefined });

/** One request of a tool run and the tool calls it made. */
export interface ToolStep {
  /** 0 for the first request. */
  index: number;
  /** The calls the model made (empty on the final answer). */
  toolCalls: ToolCall[];
  /** Their results, in the order of `toolCalls`. */
  toolResults: ToolResult[];
  /** This request's usage, as OpenRouter reported it. */
  usage: Usage | undefined;
  finishReason: FinishReason;
  /** This request's text (often empty when it made tool calls). */
  text: string;
  /** This request's whole result. */
  result: ChatResult;
}

/**
 * Usage summed over every request of a run. `cost` is the sum of the costs that were reported: a step without one
 * (streamed usage sometimes has none) adds nothing, and `stepsWithoutCost` counts those steps so you know the sum is
 * partial (look them up with `getGeneration` if you need the exact figure).
 */
export interface TotalUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  /** Reasoning tokens, from `completion_tokens_details.reasoning_tokens`. */
  reasoningTokens: number;
  /** Prompt tokens read from cache, from `prompt_tokens_details.cached_tokens`. */
  cachedTokens: number;
  /** USD; `undefined` when no step reported a cost. */
  cost: number | undefined;
  stepsWithoutCost: number;
}

/** What {@link runTools} resolves to: the final request's result, plus the run. */
export interface RunToolsResult extends ChatResult {
  /** Every request, in order; the last one is the final answer unless `stoppedBy` is `"maxSteps"`. */
  steps: ToolStep[];
  totalUsage: TotalUsage;
  /**
   * `"answer"`: the model answered without calling a tool. `"maxSteps"`: the last request still made tool calls;
   * they were executed (their results are in the last step and in `messages`) but not sent back.
   */
  stoppedBy: "answer" | "maxSteps";
  /** The whole conversation (the initial messages, each assistant message, each tool result), to continue it. */
  messages: ChatMessage[];
}

/** What {@link runTools} takes as options: any client option for its requests, and the run's own. */
export interface RunToolsOptions extends RequestOptions {
  /** The tools the model may call, made with {@link tool}; sent on every request, after any in `params.tools`. */
  tools: readonly ToolDefinition[];
  /** The most requests to send; a run still calling tools after that many stops with `stoppedBy: "maxSteps"`. @default 8 */
  maxSteps?: number | undefined;
  /** Called after each request's tool calls were executed (and on the final answer); awaited; a throw ends the run. */
  onStep?: ((step: ToolStep) => void | Promise<void>) | undefined;
  /** Stream each request and return a {@link ToolRunStream} of events instead of a promise. @default false */
  stream?: boolean | undefined;
}

/**
 * The events of a streamed tool run, in order: per request, `reasoning` and `text` deltas as they arrive, then a
 * `tool-call` per call, a `tool-result` per call (in call order), and `step-end`; at the end, `done` with the result.
 * `step` is the request's index.
 */
export type RunToolsEvent =
  | { type: "text"; text: string; step: number }
  | { type: "reasoning"; text: string; step: number }
  | { type: "tool-call"; toolCall: ToolCall; step: number }
  | { type: "tool-result"; toolResult: ToolResult; step: number }
  | { type: "step-end"; step: ToolStep }
  | { type: "done"; result: RunToolsResult };

/**
 * A streamed tool run. Single use: iterate the events, or call `final()` (which also works after iterating);
 * nothing is sent before one or the other. `break` closes the current request's connection and ends the run.
 */
export interface ToolRunStream extends AsyncIterable<RunToolsEvent> {
  /**
   * The run's result. After a `break`, rejects with `AbortError`.
   * @throws what the run threw (an `APIError`, `AbortError`, a throw of `onStep`…).
   */
  final(): Promise<RunToolsResult>;
}
