import { ResponseValidationError } from "../errors/response-validation-error.js";
import { formatIssues } from "../structured/validate-with-schema.js";
import type { ChatMessage, ToolCall } from "../types/messages.js";
import type { ToolDefinition, ToolResult } from "./types.js";

/** What every call of one step shares. @internal */
export interface ExecuteContext {
  tools: ReadonlyMap<string, ToolDefinition>;
  signal: AbortSignal | undefined;
  messages: readonly ChatMessage[];
  /** Run the calls at the same time (`parallel_tool_calls` not `false`), else one after the other. */
  parallel: boolean;
}

/**
 * Executes a step's tool calls and yields their results in call order. In parallel mode every call starts at
 * once, so a result is yielded as soon as it and those before it are done. Never throws: every failure is a result
 * the model can read.
 * @internal
 */
export async function* executeToolCalls(calls: readonly ToolCall[], context: ExecuteContext): AsyncGenerator<ToolResult, void, undefined> {
  if (context.parallel) {
    const pending = calls.map((call) => executeToolCall(call, context));
    for (const result of pending) yield await result;
  } else {
    for (const call of calls) yield await executeToolCall(call, context);
  }
}

async function executeToolCall(call: ToolCall, context: ExecuteContext): Promise<ToolResult> {
  const name = call.function?.name;
  const raw = call.function?.arguments;
  const tool = context.tools.get(name);
  if (!tool) {
    const available = [...context.tools.keys()].join(", ");
    return failure(call, undefined, invalid(`There is no tool named "${name}". Available tools: ${available}.`, raw));
  }
  let input: unknown;
  try {
    // A tool without parameters may come back with "" (or nothing) instead of "{}".
    input = raw === undefined || raw === null || raw.trim() === "" ? {} : JSON.parse(raw);
  } catch (error) {
    return failure(call, undefined, invalid(`The arguments of ${name} are not valid JSON (${(error as Error).message}); send a JSON object.`, raw));
  }
  try {
    const checked = await tool.parameters["~standard"].validate(input);
    if (checked.issues) {
      const error = new ResponseValidationError(`Invalid arguments for ${name}: ${formatIssues(checked.issues)}.`, { issues: checked.issues, text: raw });
      return failure(call, input, error);
    }
    input = checked.value;
    const output = await tool.execute(input, { toolCallId: call.id, signal: context.signal, messages: context.messages });
    return { toolCallId: call.id, toolName: name, input, isError: false, output, message: toolMessage(call, toContent(output)) };
  } catch (error) {
    return failure(call, input, error);
  }
}

function invalid(message: string, text: string | undefined): ResponseValidationError {
  return new ResponseValidationError(message, { text });
}

function failure(call: ToolCall, input: unknown, error: unknown): ToolResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    toolCallId: call.id,
    toolName: call.function?.name,
    input,
    isError: true,
    error,
    message: toolMessage(call, JSON.stringify({ error: message === "" ? "The tool failed." : message })),
  };
}

function toolMessage(call: ToolCall, content: string) {
  return { role: "tool" as const, tool_call_id: call.id, content };
}

/** A string as it is; anything else as JSON (`undefined` as `null`, so the content is never empty). */
function toContent(output: unknown): string {
  if (typeof output === "string") return output;
  try {
    return JSON.stringify(output === undefined ? null : output) ?? "null";
  } catch (error) {
    throw new TypeError(`The tool's result cannot be sent as JSON: ${(error as Error).message}`);
  }
}
