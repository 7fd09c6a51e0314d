import type { CacheControl } from "../types/content-parts.js";
import { type Rule, anObject, checkConfig, numberIn, objectList } from "./check-config.js";

// Builders for the server tools of the OpenAPI document besides `openrouter:web_search` (plugins.ts): each checks
// its options under their wire names and returns the tool as sent, ready for `tools`.

/** An `openrouter:*` server tool as sent. */
export type ServerToolOf<T extends string, P> = { type: T; parameters?: P };

/** Parameters of `openrouter:web_fetch`: fetch pages the model names. */
export type WebFetchToolConfig = {
  allowed_domains?: string[];
  blocked_domains?: string[];
  engine?: "native" | "exa" | "firecrawl" | "parallel" | (string & {});
  max_content_tokens?: number;
  max_uses?: number;
};

/** Parameters of `openrouter:fusion`: several models analyse, one answers. */
export type FusionToolConfig = {
  analysis_models?: string[];
  model?: string;
  max_tool_calls?: number;
  max_completion_tokens?: number;
  temperature?: number;
  reasoning?: { effort?: string; max_tokens?: number };
  tools?: { type: string; parameters?: Record<string, unknown> }[];
  cache_control?: CacheControl;
};

/** Parameters of `openrouter:advisor`: a second model the main one may consult. */
export type AdvisorToolConfig = {
  model?: string;
  name?: string;
  instructions?: string;
  forward_transcript?: boolean;
  max_completion_tokens?: number;
  temperature?: number;
  stream?: boolean;
  reasoning?: Record<string, unknown>;
};

/** Parameters of `openrouter:subagent`: a delegated run with its own tools. */
export type SubagentToolConfig = {
  model?: string;
  name?: string;
  instructions?: string;
  inherit_functions?: boolean;
  inherited_function_names?: string[];
  max_completion_tokens?: number;
  max_tool_calls?: number;
  temperature?: number;
  reasoning?: Record<string, unknown>;
  tools?: Record<string, unknown>[];
};

/** Parameters of `openrouter:bash`: a sandboxed shell. */
export type BashToolConfig = { engine?: string; environment?: Record<string, unknown>; sleep_after_seconds?: number };

function serverTool<T extends string>(type: T, what: string, config: unknown, rules: Record<string, Rule>): ServerToolOf<T, never> {
  const parameters = checkConfig(what, `tools.${type}`, config, rules);
  return (Object.keys(parameters).length > 0 ? { type, parameters } : { type }) as ServerToolOf<T, never>;
}

/** The options the advisor and the subagent share: a second model run with its own instructions. */
function agentRules(what: string): Record<string, Rule> {
  return {
    model: "string",
    name: "string",
    instructions: "string",
    max_completion_tokens: "count",
    temperature: numberIn(what, 0, 2),
    reasoning: anObject(what),
  };
}

/**
 * The `openrouter:web_fetch` server tool: the model may fetch the pages it names.
 * @throws {@link ValidationError} for an unknown option, a count that is not a whole number >= 1, or an empty domain list.
 * @example
 * ```ts
 * import { chat, createClient, webFetchTool } from "openrouter-fetch";
 * const tools = [webFetchTool({ allowed_domains: ["nodejs.org"], max_uses: 2 })];
 * await chat(createClient(), { model: "openai/gpt-4.1-mini", prompt: "Summarise nodejs.org/en/blog", tools });
 * ```
 */
export function webFetchTool(config?: WebFetchToolConfig): ServerToolOf<"openrouter:web_fetch", WebFetchToolConfig> {
  return serverTool("openrouter:web_fetch", "webFetchTool()", config, {
    allowed_domains: "names",
    blocked_domains: "names",
    engine: "string",
    max_content_tokens: "count",
    max_uses: "count",
  });
}

/**
 * The `openrouter:datetime` server tool: the current date and time, in `timezone` (IANA, e.g. `"Europe/Paris"`).
 * @throws {@link ValidationError} for an unknown option or an empty timezone.
 * @example
 * ```ts
 * import { datetimeTool } from "openrouter-fetch";
 * const tools = [datetimeTool({ timezone: "Europe/Paris" })];
 * ```
 */
export function datetimeTool(config?: { timezone?: string }): ServerToolOf<"openrouter:datetime", { timezone?: string }> {
  return serverTool("openrouter:datetime", "datetimeTool()", config, { timezone: "string" });
}

/**
 * The `openrouter:image_generation` server tool: the model may generate images with `model` (other keys pass to it).
 * @throws {@link ValidationError} for an empty model.
 * @example
 * ```ts
 * import { imageGenerationTool } from "openrouter-fetch";
 * const tools = [imageGenerationTool({ model: "google/gemini-2.5-flash-image" })];
 * ```
 */
export function imageGenerationTool(config?: { model?: string; [key: string]: unknown }): ServerToolOf<"openrouter:image_generation", { model?: string }> {
  const { model, ...rest } = config ?? {};
  const checked = serverTool("openrouter:image_generation", "imageGenerationTool()", model === undefined ? undefined : { model }, { model: "string" });
  const parameters: Record<string, unknown> = { ...(checked.parameters as Record<string, unknown> | undefined), ...rest };
  return Object.keys(parameters).length > 0 ? { type: checked.type, parameters } : checked;
}

/**
 * The `openrouter:fusion` server tool: `analysis_models` (1 to 8) look at the question and `model` writes the answer.
 * @throws {@link ValidationError} for an unknown option, or a value of the wrong kind.
 * @example
 * ```ts
 * import { fusionTool } from "openrouter-fetch";
 * const tools = [fusionTool({ analysis_models: ["openai/gpt-4.1", "google/gemini-2.5-pro"], model: "anthropic/claude-sonnet-4.5" })];
 * ```
 */
export function fusionTool(config?: FusionToolConfig): ServerToolOf<"openrouter:fusion", FusionToolConfig> {
  const what = "fusionTool()";
  return serverTool("openrouter:fusion", what, config, {
    analysis_models: "names",
    model: "string",
    max_tool_calls: numberIn(what, 1, 16),
    max_completion_tokens: "count",
    temperature: numberIn(what, 0, 2),
    reasoning: anObject(what),
    tools: objectList(what),
    cache_control: anObject(what),
  });
}

/**
 * The `openrouter:advisor` server tool: a second `model` the main one may consult, with its own `instructions`.
 * @throws {@link ValidationError} for an unknown option, or a value of the wrong kind.
 * @example
 * ```ts
 * import { advisorTool } from "openrouter-fetch";
 * const tools = [advisorTool({ model: "openai/o3", instructions: "Check the maths." })];
 * ```
 */
export function advisorTool(config?: AdvisorToolConfig): ServerToolOf<"openrouter:advisor", AdvisorToolConfig> {
  const what = "advisorTool()";
  return serverTool("openrouter:advisor", what, config, { ...agentRules(what), forward_transcript: "boolean", stream: "boolean" });
}

/**
 * The `openrouter:subagent` server tool: a delegated run on `model`, with its own tools and instructions.
 * @throws {@link ValidationError} for an unknown option, or a value of the wrong kind.
 * @example
 * ```ts
 * import { subagentTool } from "openrouter-fetch";
 * const tools = [subagentTool({ model: "openai/gpt-4.1-mini", instructions: "Research, then report.", max_tool_calls: 5 })];
 * ```
 */
export function subagentTool(config?: SubagentToolConfig): ServerToolOf<"openrouter:subagent", SubagentToolConfig> {
  const what = "subagentTool()";
  return serverTool("openrouter:subagent", what, config, {
    ...agentRules(what),
    inherit_functions: "boolean",
    inherited_function_names: "names",
    max_tool_calls: numberIn(what, 1, 25),
    tools: objectList(what),
  });
}

/**
 * The `openrouter:bash` server tool: a sandboxed shell the model may run commands in.
 * @throws {@link ValidationError} for an unknown option, or a value of the wrong kind.
 * @example
 * ```ts
 * import { bashTool } from "openrouter-fetch";
 * const tools = [bashTool()];
 * ```
 */
export function bashTool(config?: BashToolConfig): ServerToolOf<"openrouter:bash", BashToolConfig> {
  const what = "bashTool()";
  return serverTool("openrouter:bash", what, config, { engine: "string", environment: anObject(what), sleep_after_seconds: numberIn(what, 0, Infinity) });
}

/**
 * The `openrouter:files` server tool: the model may read the files uploaded to the account.
 * @throws {@link ValidationError} for any option: it takes none.
 * @example
 * ```ts
 * import { filesTool } from "openrouter-fetch";
 * const tools = [filesTool()];
 * ```
 */
export function filesTool(config?: Record<string, never>): ServerToolOf<"openrouter:files", Record<string, never>> {
  return serverTool("openrouter:files", "filesTool()", config, {});
}

/**
 * The `openrouter:experimental__search_models` server tool: the model may search OpenRouter's catalog.
 * @throws {@link ValidationError} for an unknown option or a `max_results` that is not a whole number >= 1.
 * @example
 * ```ts
 * import { searchModelsTool } from "openrouter-fetch";
 * const tools = [searchModelsTool({ max_results: 5 })];
 * ```
 */
export function searchModelsTool(config?: { max_results?: number }): ServerToolOf<"openrouter:experimental__search_models", { max_results?: number }> {
  return serverTool("openrouter:experimental__search_models", "searchModelsTool()", config, { max_results: "count" });
}
