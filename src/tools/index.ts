/**
 * Tool calling: `tool()` makes a typed tool from a Standard Schema (zod 4…), `runTools()` runs the loop of
 * requests and tool executions, streamed or not.
 *
 * @module tools
 */
export { tool } from "./tool.js";
export { runTools } from "./run-tools.js";
export { totalUsage } from "./total-usage.js";
export type {
  ToolConfig,
  ToolContext,
  ToolDefinition,
  ToolResult,
  ToolStep,
  TotalUsage,
  RunToolsOptions,
  RunToolsResult,
  RunToolsEvent,
  ToolRunStream,
} from "./types.js";
