import { ValidationError } from "../errors/validation-error.js";

// Every option a caller can get wrong by type or form, checked where it is given (createClient(), or a call's own
// options) so that the mistake is a ValidationError naming the option, not a TypeError from URL, Headers or ky at
// the first request. Numbers are checked as they are resolved (checkDuration, checkCount); the rest here, by table
// (one message shape keeps the bundle small).

const isString = (v: unknown) => typeof v === "string";
const isFunction = (v: unknown) => typeof v === "function";
const isBoolean = (v: unknown) => typeof v === "boolean";
/** One line of Latin-1: what `Headers` takes (a line break would be refused there with a TypeError quoting it). */
const isHeaderText = (v: unknown) => isString(v) && /^[\t\u0020-\u007e\u0080-\u00ff]*$/.test(v as string);
/** A trailing newline (a key read from a file) is trimmed as `Headers` trims it; one inside is a slip. */
const isKey = (v: unknown) => isString(v) && !/[\u0000-\u001f\u007f]/.test((v as string).trim());
const headerLine = "one line of Latin-1 text (it is sent as a header)";
const flag = [isBoolean, "true or false"] as const;

/** What each option must be (when given) and how to say so. */
const checks: Record<string, readonly [(value: never) => boolean, string]> = {
  apiKey: [isKey, "a string on one line"],
  managementKey: [isKey, "a string on one line"],
  baseURL: [isURL, 'an absolute http(s) URL like "https://openrouter.ai/api/v1" (option or OPENROUTER_BASE_URL)'],
  defaultModel: [isString, "a string"],
  appUrl: [isHeaderText, headerLine],
  appTitle: [isHeaderText, headerLine],
  appCategories: [(v: unknown) => isString(v) || (Array.isArray(v) && v.every(isString)), "a string or an array of strings"],
  headers: [(v: unknown) => typeof v === "object" && v !== null, "a Headers, an object or [name, value] pairs"],
  fetch: [isFunction, "a function"],
  ky: [isFunction, "a ky instance"],
  hooks: [(v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((l) => l === undefined || (Array.isArray(l) && l.every(isFunction))), "an object of arrays of functions"],
  signal: [(v: { aborted?: unknown; addEventListener?: unknown } | null) => isBoolean(v?.aborted) && isFunction(v?.addEventListener), "an AbortSignal"],
  dangerouslyAllowBrowser: flag,
  checkModelIds: flag,
  postProcessors: [Array.isArray, "an array"],
  catalog: [(v: { get?: unknown } | null) => isFunction(v?.get), "a createModelCatalog() catalog"],
  debug: [(v: unknown) => isBoolean(v) || isFunction(v), "true, false or a function"],
};

/** The options checked elsewhere, for the did-you-mean of a misspelt one (`baseUrl`, `api_key`). */
const otherNames = ["routerMetadata", "sessionId", "timeout", "idleTimeout", "maxRetries", "maxRetryDelay"];

/**
 * Checks the options a client is created with (`client: true`, which also refuses another spelling of an option,
 * such as `baseUrl`) or a call brings. Never shows a key.
 * @throws {@link ValidationError} naming the option.
 * @internal
 */
export function checkOptions(options: object, client: boolean): void {
  // `object`, not ClientOptions: options.ts imports this module, and a type-only cycle is still a cycle.
  if (typeof options !== "object" || options === null || Array.isArray(options)) fail("options", "an options object such as { apiKey }", options);
  for (const key in options) {
    const value = (options as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const check = checks[key];
    if (check) {
      if (!check[0](value as never)) fail(key, check[1], key === "apiKey" || key === "managementKey" ? undefined : value);
    } else if (client && !otherNames.includes(key)) {
      const plain = key.replace(/[_-]/g, "").toLowerCase();
      const meant = [...Object.keys(checks), ...otherNames].find((name) => name.toLowerCase() === plain);
      if (meant) throw new ValidationError(`${key} is not an option of createClient(); did you mean ${meant}?`, { field: key });
    }
  }
  const { headers } = options as { headers?: object };
  if (headers !== undefined) checkHeaders(headers);
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
    fail(field, `a ${allowZero ? "" : "positive "}number of milliseconds (Infinity to disable)`, value, shown);
  }
  return value;
}

/**
 * Whether `baseURL` is an absolute http(s) URL, so that `"openrouter.ai/api/v1"` fails at createClient() rather
 * than as a raw `TypeError: Invalid URL` at the first call.
 */
function isURL(baseURL: unknown): boolean {
  try {
    return /^https?:$/.test(new URL(baseURL as string).protocol) && isString(baseURL);
  } catch {
    return false;
  }
}

/** The option named `field` is not `expected`. The value is shown unless it is `undefined` (a key never is). */
function fail(field: string, expected: string, value: unknown, shown?: string): never {
  const got = shown !== undefined ? `, got ${shown}` : value === undefined ? "" : `, got ${isString(value) ? JSON.stringify((value as string).slice(0, 80)) : Array.isArray(value) ? "an array" : value === null ? "null" : typeof value === "object" ? "an object" : isFunction(value) ? "a function" : String(value)}`;
  throw new ValidationError(`${field} must be ${expected}${got}.`, { field });
}

function checkHeaders(headers: object): void {
  if (headers instanceof Headers) return;
  for (const entry of Array.isArray(headers) ? headers : Object.entries(headers)) {
    if (!Array.isArray(entry) || entry.length !== 2) fail("headers", "[name, value] pairs", undefined);
    try {
      new Headers([[String(entry[0]), String(entry[1])]]);
    } catch {
      // The value is not shown: it may be a token.
      fail(`headers.${String(entry[0])}`, "a valid header (one line of Latin-1)", undefined);
    }
  }
}
