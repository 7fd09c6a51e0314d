import type { RequestOptions } from "../core/options.js";
import { AbortError } from "../errors/abort-error.js";
import { ValidationError } from "../errors/validation-error.js";
import type { ChatParams, FunctionTool, Tool } from "../types/chat-params.js";
import type { ChatResult } from "../types/chat-result.js";
import type { ChatMessage } from "../types/messages.js";
import { isWholeNumber } from "../util/checks.js";
import { executeToolCalls } from "./execute-tool-calls.js";
import { totalUsage } from "./total-usage.js";
import type { RunToolsEvent, RunToolsOptions, RunToolsResult, ToolDefinition, ToolResult, ToolStep } from "./types.js";

/** Sends one request; may yield `text`/`reasoning` events while it streams; returns the request's result. @internal */
export type SendStep = (params: ChatParams, options: RequestOptions, step: number) => AsyncGenerator<RunToolsEvent, ChatResult, undefined>;

/** A checked run, ready to start. @internal */
export interface ToolRun {
  params: ChatParams;
  tools: ReadonlyMap<string, ToolDefinition>;
  wireTools: Tool[];
  maxSteps: number;
  onStep: RunToolsOptions["onStep"];
  requestOptions: RequestOptions;
}

/**
 * Checks a run's options before anything is sent.
 * @throws {@link ValidationError} for no tools, a duplicate tool name, a tool not made by `tool()`, or a bad `maxSteps`.
 * @internal
 */
export function checkToolRun(params: ChatParams, options: RunToolsOptions): ToolRun {
  if (typeof options !== "object" || options === null) {
    throw new ValidationError("runTools needs options with `tools`: runTools(client, params, { tools: [myTool] }).", { field: "tools" });
  }
  const { tools, maxSteps = 8, onStep, stream: _stream, ...requestOptions } = options;
  if (!Array.isArray(tools) || tools.length === 0) {
    throw new ValidationError("`tools` must be a non-empty array of tools made with tool().", { field: "tools" });
  }
  if (!isWholeNumber(maxSteps, 1)) {
    throw new ValidationError(`\`maxSteps\` must be a whole number >= 1 (the most requests to send), got ${String(maxSteps)}.`, { field: "maxSteps" });
  }
  const byName = new Map<string, ToolDefinition>();
  const taken = new Set<string>();
  for (const wire of params?.tools ?? []) {
    const name = wire?.type === "function" ? (wire as FunctionTool).function?.name : undefined;
    if (typeof name === "string") taken.add(name);
  }
  tools.forEach((item: ToolDefinition, i) => {
    if (typeof item?.execute !== "function" || item.definition?.type !== "function") {
      throw new ValidationError(`tools[${i}] is not a tool: make it with tool({ name, parameters, execute }).`, { field: `tools.${i}` });
    }
    if (byName.has(item.name) || taken.has(item.name)) {
      throw new ValidationError(`Two tools are named "${item.name}": the model could not tell them apart.`, { field: `tools.${i}` });
    }
    byName.set(item.name, item);
  });
  const wireTools = [...(params?.tools ?? []), ...tools.map((item) => item.definition)];
  return { params, tools: byName, wireTools, maxSteps, onStep, requestOptions };
}

/**
 * The tool loop, as events: send, execute every call, append the assistant message (with its `tool_calls`,
 * `reasoning` and `reasoning_details`, as received) and then the tool results, send again with the same tools,
 * until an answer without tool calls or `maxSteps` requests.
 * @internal
 */
export async function* toolLoop(run: ToolRun, send: SendStep, signal: AbortSignal | undefined): AsyncGenerator<RunToolsEvent, RunToolsResult, undefined> {
  const { prompt, messages: initial, ...rest } = run.params;
  let history: ChatMessage[] = typeof prompt === "string" ? [{ role: "user", content: prompt }] : (initial ?? []);
  const steps: ToolStep[] = [];
  const parallel = run.params.parallel_tool_calls !== false;
  for (let index = 0; ; index++) {
    // The first request goes as given (so chat() checks prompt/messages); later ones carry the history.
    const body: ChatParams = index === 0 ? { ...run.params, tools: run.wireTools } : { ...rest, messages: history, tools: run.wireTools };
    const result = yield* send(body, run.requestOptions, index);
    history = [...history, result.message];
    const toolCalls = result.toolCalls;
    for (const toolCall of toolCalls) yield { type: "tool-call", toolCall, step: index };
    const toolResults: ToolResult[] = [];
    const context = { tools: run.tools, signal, messages: history, parallel };
    for await (const toolResult of executeToolCalls(toolCalls, context)) {
      toolResults.push(toolResult);
      yield { type: "tool-result", toolResult, step: index };
    }
    if (signal?.aborted) throw new AbortError({ cause: signal.reason, partial: result });
    history = [...history, ...toolResults.map((toolResult) => toolResult.message)];
    const step: ToolStep = { index, toolCalls, toolResults, usage: result.usage, finishReason: result.finishReason, text: result.text, result };
    steps.push(step);
    await run.onStep?.(step);
    yield { type: "step-end", step };
    if (toolCalls.length === 0 || steps.length >= run.maxSteps) {
      const final: RunToolsResult = {
        ...result,
        steps,
        totalUsage: totalUsage(steps.map((s) => s.usage)),
        stoppedBy: toolCalls.length === 0 ? "answer" : "maxSteps",
        messages: history,
      };
      yield { type: "done", result: final };
      return final;
    }
  }
}
