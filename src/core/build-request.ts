import { ValidationError } from "../errors/validation-error.js";
import { isBrowserLike } from "./env.js";
import { DEFAULT_BASE_URL, type ResolvedOptions } from "./options.js";

/** What to send. Paths are relative to `baseURL`. @internal */
export interface RequestSpec {
  method: "GET" | "POST" | "DELETE" | "PATCH" | "PUT";
  path: string;
  query?: Record<string, string | number | boolean | undefined> | undefined;
  /** Sent as JSON. */
  body?: unknown;
  /** A multipart body instead, built anew for every attempt: a retry never re-sends a half-read stream. */
  form?: (() => FormData) | undefined;
  /**
   * `optional`: public endpoints, sent with the key when there is one. `management`: the platform endpoints (keys,
   * guardrails, workspaces…), sent with `managementKey` and never with the inference `apiKey`.
   */
  auth?: "required" | "optional" | "none" | "management";
  /**
   * `false` for a call that changes something on the server and may have done so before failing (a POST that
   * creates a key): then only 408 and 429, which mean the request was not acted on, are retried. @default true
   */
  idempotent?: boolean | undefined;
  /** What a 401 or 403 from this endpoint means and what to do: the management endpoints name `managementKey`. */
  authHint?: string | undefined;
  /**
   * What a 200 may carry, for `openResponse()` (`requestJSON()` always reads JSON). `stream`: an event stream or
   * bytes; a JSON 200 is an error envelope (its `APIError`) or else, like an HTML page, a `ResponseValidationError`.
   * `stream-or-json`: a streaming endpoint that may answer with its buffered JSON instead (`POST /images` with a
   * provider that does not stream): an error envelope is still its `APIError`, other JSON is handed back parsed.
   * `any`: a download, whose 200 is the content whatever its type (a JSON file is no error envelope).
   * @default "stream"
   */
  successBody?: "stream" | "stream-or-json" | "any" | undefined;
}

/**
 * The options whose `apiKey` is the key this request sends, so that every redaction covers that key.
 * @internal
 */
export function keyFor(options: ResolvedOptions, spec: RequestSpec): ResolvedOptions {
  if (spec.auth !== "management") return options;
  if (!options.managementKey && options.baseURL === DEFAULT_BASE_URL) {
    throw new ValidationError(
      `${spec.method} /${spec.path} needs a management key: pass managementKey to createClient() or set OPENROUTER_MANAGEMENT_KEY (the inference apiKey is never sent to it).`,
      { field: "managementKey" },
    );
  }
  return { ...options, apiKey: options.managementKey };
}

/** URL, headers (the key, attribution, JSON content type) and the JSON payload of a request. @internal */
export function buildRequest(options: ResolvedOptions, spec: RequestSpec) {
  const headers = new Headers(options.headers);
  const auth = spec.auth ?? "required";
  if (auth !== "none" && options.apiKey) {
    if (isBrowserLike() && !options.dangerouslyAllowBrowser) {
      throw new ValidationError(
        "Refusing to send an API key from a browser page: anyone who opens the page can read and spend it. Call OpenRouter " +
          "from your server, use OAuth PKCE for the user's own key, or pass dangerouslyAllowBrowser: true if the key is the user's.",
        { field: "apiKey" },
      );
    }
    headers.set("Authorization", `Bearer ${options.apiKey}`);
  } else if (auth === "required" && options.baseURL === DEFAULT_BASE_URL) {
    throw new ValidationError("No API key: pass apiKey to createClient() or set OPENROUTER_API_KEY.", { field: "apiKey" });
  }
  let url = `${options.baseURL}/${spec.path}`;
  if (spec.query) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(spec.query)) if (value !== undefined) query.set(key, String(value));
    const search = query.toString();
    if (search) url += `?${search}`;
  }
  let body: string | undefined;
  if (spec.body !== undefined) {
    body = JSON.stringify(spec.body);
    headers.set("Content-Type", "application/json");
  }
  return { url, headers, payload: body ?? null };
}
