import { ValidationError } from "../errors/validation-error.js";
import type { ClientOptions } from "./options.js";

// Every option a caller can get wrong by type or form, checked where it is given (createClient(), or a call's own
// options) so that the mistake is a ValidationError naming the option, not a TypeError from URL, Headers or ky at
// the first request. The numbers are checked as they are resolved (checkDuration, checkCount); the rest here.

/** What each checked option must be, keyed by option; `undefined` is always allowed. */
const kinds: Record<string, "string" | "boolean" | "function" | "boolean|function"> = {
  apiKey: "string",
  managementKey: "string",
  baseURL: "string",
  defaultModel: "string",
  appUrl: "string",
  appTitle: "string",
  fetch: "function",
  ky: "function",
  dangerouslyAllowBrowser: "boolean",
  checkModelIds: "boolean",
  debug: "boolean|function",
};

/** Options whose value goes into a header: a line break or a non-Latin-1 character would make `Headers` throw. */
const headerValued = ["appUrl", "appTitle"] as const;

/** Every option of {@link ClientOptions}, for the did-you-mean of a misspelt one (`baseUrl`, `api_key`). */
const clientOptionNames: readonly (keyof ClientOptions)[] = [
  "apiKey", "managementKey", "baseURL", "defaultModel", "appUrl", "appTitle", "appCategories", "routerMetadata", "sessionId",
  "timeout", "idleTimeout", "maxRetries", "maxRetryDelay", "headers", "fetch", "ky", "hooks", "signal",
  "dangerouslyAllowBrowser", "checkModelIds", "postProcessors", "catalog", "debug",
];

/**
 * Checks the options a client is created with (`client: true`, which also refuses a misspelt option name) or a
 * call brings. Never shows a key's value.
 * @throws {@link ValidationError} naming the option.
 * @internal
 */
export function checkOptions(options: ClientOptions, client: boolean): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new ValidationError(`${client ? "createClient()" : "A call's options"} takes an options object such as { apiKey }, got ${describe(options)}.`, { field: "options" });
  }
  for (const key in options) {
    const value = (options as Record<string, unknown>)[key];
    if (client && value !== undefined && !(clientOptionNames as readonly string[]).includes(key)) checkName(key);
    if (value === undefined) continue;
    const kind = kinds[key];
    if (kind !== undefined && !kind.split("|").includes(typeof value)) {
      const shown = key === "apiKey" || key === "managementKey" ? `a ${typeof value}` : describe(value);
      throw new ValidationError(`${key} must be ${kind === "boolean|function" ? "true, false or a function" : `a ${kind}`}, got ${shown}.`, { field: key });
    }
  }
  const { apiKey, managementKey, baseURL, headers, signal, hooks, postProcessors, catalog, appCategories } = options;
  for (const [field, key] of [["apiKey", apiKey], ["managementKey", managementKey]] as const) {
    // Headers would throw a TypeError quoting the key; a trailing newline from a file is trimmed like Headers does.
    if (key !== undefined && /[\u0000-\u001f\u007f]/.test(key.trim())) {
      throw new ValidationError(`${field} has a line break or control character inside it: check how it was read or pasted.`, { field });
    }
  }
  if (baseURL !== undefined) checkBaseURL(baseURL);
  for (const field of headerValued) {
    const value = options[field];
    if (value !== undefined && !isHeaderValue(value)) {
      throw new ValidationError(`${field} is sent as a header, so it must be one line of Latin-1 text, got ${describe(value)}.`, { field });
    }
  }
  if (headers !== undefined) checkHeaders(headers);
  if (signal !== undefined && !(typeof signal === "object" && signal !== null && typeof signal.aborted === "boolean" && typeof signal.addEventListener === "function")) {
    throw new ValidationError(`signal must be an AbortSignal (new AbortController().signal, AbortSignal.timeout(ms)), got ${describe(signal)}.`, { field: "signal" });
  }
  if (hooks !== undefined) checkHooks(hooks);
  if (postProcessors !== undefined && !Array.isArray(postProcessors)) {
    throw new ValidationError(`postProcessors must be an array of post-processors (it replaces the default list), got ${describe(postProcessors)}.`, { field: "postProcessors" });
  }
  if (catalog !== undefined && typeof (catalog as { get?: unknown } | null)?.get !== "function") {
    throw new ValidationError(`catalog must be a model catalog (createModelCatalog()), got ${describe(catalog)}.`, { field: "catalog" });
  }
  if (appCategories !== undefined && typeof appCategories !== "string" && !(Array.isArray(appCategories) && appCategories.every((c) => typeof c === "string"))) {
    throw new ValidationError(`appCategories must be a string or an array of strings, got ${describe(appCategories)}.`, { field: "appCategories" });
  }
}

/**
 * A duration option in milliseconds: a number > 0 (`allowZero`: >= 0), `Infinity` to disable, or `fallback` when
 * it is not given. `shown` is how the value appears in the message (an environment variable's raw text).
 * @throws {@link ValidationError} naming `field`.
 * @internal
 */
export function checkDuration(value: number | undefined, fallback: number, field: string, allowZero = false, shown?: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || Number.isNaN(value) || value < 0 || (!allowZero && value === 0)) {
    throw new ValidationError(`${field} must be a ${allowZero ? "" : "positive "}number of milliseconds${allowZero ? " >= 0" : ""} (Infinity to disable), got ${shown ?? describe(value)}.`, { field });
  }
  return value;
}

/**
 * `baseURL` parsed as an absolute http(s) URL, so that `"openrouter.ai/api/v1"` fails here rather than as a raw
 * `TypeError: Invalid URL` at the first call.
 * @throws {@link ValidationError} naming `baseURL`.
 * @internal
 */
export function checkBaseURL(baseURL: string): void {
  let url: URL | undefined;
  try {
    url = new URL(baseURL);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new ValidationError(
      `baseURL must be an absolute http(s) URL such as "https://openrouter.ai/api/v1" (from the option or OPENROUTER_BASE_URL), got ${describe(baseURL)}.`,
      { field: "baseURL" },
    );
  }
}

function checkHeaders(headers: unknown): void {
  const isHeaders = typeof Headers !== "undefined" && headers instanceof Headers;
  if (isHeaders) return;
  if (typeof headers !== "object" || headers === null) {
    throw new ValidationError(`headers must be an object of header names to values, a Headers or an array of [name, value] pairs, got ${describe(headers)}.`, { field: "headers" });
  }
  const entries: unknown[] = Array.isArray(headers) ? headers : Object.entries(headers);
  for (const entry of entries) {
    if (!Array.isArray(entry) || entry.length !== 2) {
      throw new ValidationError("headers as an array must hold [name, value] pairs.", { field: "headers" });
    }
    const [name, value] = entry as [unknown, unknown];
    try {
      new Headers([[String(name), String(value)]]);
    } catch {
      // The value is not shown: it may be a token.
      throw new ValidationError(`headers[${JSON.stringify(String(name))}] is not a valid HTTP header: a name is a token, a value is one line of Latin-1 text.`, {
        field: `headers.${String(name)}`,
      });
    }
  }
}

function checkHooks(hooks: unknown): void {
  if (typeof hooks !== "object" || hooks === null || Array.isArray(hooks)) {
    throw new ValidationError(`hooks must be an object such as { beforeRequest: [fn] }, got ${describe(hooks)}.`, { field: "hooks" });
  }
  for (const [name, list] of Object.entries(hooks)) {
    if (list !== undefined && !(Array.isArray(list) && list.every((hook) => typeof hook === "function"))) {
      throw new ValidationError(`hooks.${name} must be an array of functions, got ${describe(list)}.`, { field: `hooks.${name}` });
    }
  }
}

/** An unknown option that is another spelling of a known one (`baseUrl`, `api_key`) would be ignored: refuse it. */
function checkName(key: string): void {
  const plain = key.replace(/[_-]/g, "").toLowerCase();
  const meant = clientOptionNames.find((name) => name.toLowerCase() === plain);
  if (meant) throw new ValidationError(`${key} is not an option of createClient(); did you mean ${meant}?`, { field: key });
}

function isHeaderValue(value: string): boolean {
  return /^[\t\u0020-\u007e\u0080-\u00ff]*$/.test(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return `a ${typeof value}`;
}
