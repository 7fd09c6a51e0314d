import { checkConfig, invalid } from "./check-config.js";

/** Search engines of the `web` plugin. `native` uses the model provider's own search where it has one. */
export type WebPluginEngine = "native" | "exa" | "firecrawl" | "parallel" | "perplexity";

/**
 * Options of the `web` plugin, with their wire names (https://openrouter.ai/docs/guides/features/plugins/web-search).
 */
export type WebPluginConfig = {
  /** `false` turns off an account-level default for this request. */
  enabled?: boolean;
  engine?: WebPluginEngine;
  /** Results to fetch. @default 5 */
  max_results?: number;
  max_uses?: number;
  /** The prompt that introduces the results to the model. */
  search_prompt?: string;
  include_domains?: string[];
  exclude_domains?: string[];
  /** How deep to search (engine-dependent; `"auto"` lets OpenRouter pick). */
  mode?: WebSearchMode;
  /** Where the user is, for local results. */
  user_location?: UserLocation;
};

/** The `web` plugin as sent. */
export type WebPlugin = WebPluginConfig & { id: "web" };

/** PDF engines of the `file-parser` plugin. `pdf-text` is a deprecated alias of `cloudflare-ai`. */
export type PdfEngine = "mistral-ocr" | "native" | "cloudflare-ai" | "pdf-text";

/** Options of the `file-parser` plugin. */
export type FileParserPluginConfig = { enabled?: boolean; pdf?: { engine?: PdfEngine } };

/** The `file-parser` plugin as sent. */
export type FileParserPlugin = FileParserPluginConfig & { id: "file-parser" };

/** The `response-healing` plugin as sent. */
export type ResponseHealingPlugin = { id: "response-healing"; enabled?: boolean };

/** The `context-compression` plugin as sent. */
export type ContextCompressionPlugin = { id: "context-compression"; enabled?: boolean; engine?: "middle-out" };

/** Where the user is, to localise web results. */
export type UserLocation = {
  type?: "approximate";
  city?: string | null;
  region?: string | null;
  country?: string | null;
  timezone?: string | null;
};

/**
 * Parameters of the `openrouter:web_search` server tool
 * (https://openrouter.ai/docs/guides/features/server-tools/web-search), with their wire names.
 */
export type WebSearchConfig = {
  engine?: WebPluginEngine | "auto";
  /** Results per search. @default 5 */
  max_results?: number;
  max_total_results?: number;
  /** Searches the model may run in one request. */
  max_uses?: number;
  max_characters?: number;
  search_context_size?: "low" | "medium" | "high";
  mode?: WebSearchMode;
  /** Only these domains. Not together with `excluded_domains`. */
  allowed_domains?: string[];
  /** Never these domains. Not together with `allowed_domains`. */
  excluded_domains?: string[];
  user_location?: UserLocation;
};

/** The `openrouter:web_search` server tool as sent, to put in `tools`. */
export type WebSearchTool = { type: "openrouter:web_search"; parameters?: WebSearchConfig };

/** Search depths of the `web` plugin and the `openrouter:web_search` tool (the document's `WebSearchMode`). */
export type WebSearchMode = "instant" | "fast" | "auto" | "deep-lite" | "deep" | "deep-reasoning" | "turbo" | "basic" | "advanced";

function webEngines(): string[] {
  return ["native", "exa", "firecrawl", "parallel", "perplexity"];
}

function webModes(): string[] {
  return ["instant", "fast", "auto", "deep-lite", "deep", "deep-reasoning", "turbo", "basic", "advanced"];
}

/** The `user_location` rule both web-search shapes share: `type: "approximate"` and nullable place names. */
function userLocation(what: string): (location: unknown, at: string) => unknown {
  return (location, at) => {
    const place = (value: unknown, key: string) =>
      value === null || (typeof value === "string" && value.trim() !== "") ? value : invalid(`${at}.${key}`, `${what}: user_location.${key} must be a non-empty string or null.`);
    return checkConfig(`${what} user_location`, at, location, {
      type: ["approximate"],
      city: (v) => place(v, "city"),
      region: (v) => place(v, "region"),
      country: (v) => place(v, "country"),
      timezone: (v) => place(v, "timezone"),
    });
  };
}

/**
 * The `web` plugin: search the web and put the results into the prompt. OpenRouter now prefers the
 * `openrouter:web_search` tool ({@link webSearchTool}), which lets the model decide when to search; the plugin
 * (and the `:online` variant, its shortcut) still work.
 *
 * @throws {@link ValidationError} for an unknown option or engine, a `max_results` that is not a whole number >= 1, an
 * empty `search_prompt` or domain list.
 * @example
 * ```ts
 * import { chat, createClient, webPlugin } from "openrouter-fetch";
 * const plugins = [webPlugin({ max_results: 3, engine: "exa" })];
 * await chat(createClient(), { model: "openai/gpt-4.1-mini", prompt: "What changed in Node 24?", plugins });
 * ```
 */
export function webPlugin(config?: WebPluginConfig): WebPlugin {
  const checked = checkConfig("webPlugin()", "plugins.web", config, {
    enabled: "boolean",
    engine: webEngines(),
    max_results: "count",
    max_uses: "count",
    search_prompt: "string",
    include_domains: "names",
    exclude_domains: "names",
    mode: webModes(),
    user_location: userLocation("webPlugin()"),
  });
  return { id: "web", ...checked };
}

/**
 * The `file-parser` plugin: how PDFs are turned into text. Without it OpenRouter uses the model's native file
 * support where there is one, else `mistral-ocr` (paid per page); `cloudflare-ai` is free.
 *
 * @throws {@link ValidationError} for an unknown option or PDF engine.
 * @example
 * ```ts
 * import { fileParserPlugin } from "openrouter-fetch/routing";
 * const plugins = [fileParserPlugin({ pdf: { engine: "cloudflare-ai" } })];
 * ```
 */
export function fileParserPlugin(config?: FileParserPluginConfig): FileParserPlugin {
  const checked = checkConfig("fileParserPlugin()", "plugins.file-parser", config, {
    enabled: "boolean",
    pdf: (pdf, field) => checkConfig("fileParserPlugin() pdf", field, pdf, { engine: ["mistral-ocr", "native", "cloudflare-ai", "pdf-text"] }),
  });
  return { id: "file-parser", ...checked };
}

/**
 * The `response-healing` plugin: OpenRouter repairs malformed JSON in non-streamed answers (it does nothing for
 * streams).
 *
 * @throws {@link ValidationError} for an unknown option.
 * @example
 * ```ts
 * import { responseHealingPlugin } from "openrouter-fetch/routing";
 * const params = { response_format: { type: "json_object" as const }, plugins: [responseHealingPlugin()] };
 * ```
 */
export function responseHealingPlugin(config?: { enabled?: boolean }): ResponseHealingPlugin {
  return { id: "response-healing", ...checkConfig("responseHealingPlugin()", "plugins.response-healing", config, { enabled: "boolean" }) };
}

/**
 * The `context-compression` plugin (the successor of `transforms: ["middle-out"]`): when a prompt is longer than
 * the model's context, drop messages from the middle instead of failing. It is on by default for endpoints with
 * 8k context or less; `{ enabled: false }` turns it off there.
 *
 * @throws {@link ValidationError} for an unknown option or engine.
 * @example
 * ```ts
 * import { contextCompressionPlugin } from "openrouter-fetch/routing";
 * const plugins = [contextCompressionPlugin()];
 * ```
 */
export function contextCompressionPlugin(config?: { enabled?: boolean; engine?: "middle-out" }): ContextCompressionPlugin {
  const checked = checkConfig("contextCompressionPlugin()", "plugins.context-compression", config, { enabled: "boolean", engine: ["middle-out"] });
  return { id: "context-compression", ...checked };
}

/**
 * The `openrouter:web_search` server tool, for `tools`: OpenRouter runs the searches the model asks for. This is
 * the current way to give a model the web; the search calls show up in `reasoning_details` and
 * `usage.server_tool_use_details`.
 *
 * @throws {@link ValidationError} for an unknown option or value, counts that are not whole numbers >= 1, or both
 * `allowed_domains` and `excluded_domains`.
 * @example
 * ```ts
 * import { chat, createClient, webSearchTool } from "openrouter-fetch";
 * const tools = [webSearchTool({ max_results: 5, allowed_domains: ["nodejs.org"] })];
 * await chat(createClient(), { model: "openai/gpt-4.1-mini", prompt: "Latest Node LTS?", tools });
 * ```
 */
export function webSearchTool(config?: WebSearchConfig): WebSearchTool {
  const field = "tools.openrouter:web_search";
  const parameters = checkConfig("webSearchTool()", field, config, {
    engine: [...webEngines(), "auto"],
    max_results: "count",
    max_total_results: "count",
    max_uses: "count",
    max_characters: "count",
    search_context_size: ["low", "medium", "high"],
    mode: webModes(),
    allowed_domains: "names",
    excluded_domains: "names",
    user_location: userLocation("webSearchTool()"),
  });
  if (parameters["allowed_domains"] && parameters["excluded_domains"]) {
    invalid(field, "webSearchTool(): give allowed_domains or excluded_domains, not both.");
  }
  return Object.keys(parameters).length > 0 ? { type: "openrouter:web_search", parameters } : { type: "openrouter:web_search" };
}
