import { ValidationError } from "../errors/validation-error.js";
import { checkOptions } from "./check-options.js";
import { readEnv } from "./env.js";
import { type ClientOptions, type RequestOptions, type ResolvedOptions, applyEnv, resolveOptions } from "./options.js";

/**
 * A configured connection to OpenRouter: pass it to `chat`, `stream`, `listModels` and the other functions.
 * It holds no state between calls besides its options, and its API key is not an enumerable field, so logging a
 * client does not print the key.
 */
export interface Client {
  /** The base URL requests go to. */
  readonly baseURL: string;
}

interface ClientState {
  options: ClientOptions;
  /** Options resolved once for calls that bring no options of their own (the common, hot case). */
  defaults: ResolvedOptions;
}

const states = new WeakMap<Client, ClientState>();

/**
 * Creates a client. Options left out come from the environment where there is one (`OPENROUTER_API_KEY`,
 * `OPENROUTER_BASE_URL`, `OPENROUTER_DEFAULT_MODEL`, `OPENROUTER_SITE_URL`, `OPENROUTER_SITE_NAME`,
 * `OPENROUTER_TIMEOUT`, `OPENROUTER_DEBUG`), read now, not at import.
 *
 * @throws {@link ValidationError} naming the option when one is of the wrong type or out of range: a `baseURL`
 * that is not an absolute http(s) URL, a string or negative `timeout`, a fractional `maxRetries`, a `fetch` that is
 * not a function, `headers` that are not headers, three categories, a misspelt option (`baseUrl`)…
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * const client = createClient({ appUrl: "https://example.com", appTitle: "My App", maxRetries: 3 });
 * ```
 */
export function createClient(options: ClientOptions = {}): Client {
  checkOptions(options, true);
  const withEnv = applyEnv(options, readEnv());
  if (withEnv.baseURL !== options.baseURL) checkOptions({ baseURL: withEnv.baseURL }, false);
  const defaults = resolveOptions(withEnv, undefined);
  const client: Client = Object.freeze({ baseURL: defaults.baseURL });
  states.set(client, { options: withEnv, defaults });
  return client;
}

/**
 * The options for one call: the client's, overridden by the call's.
 * @internal
 */
export function callOptions(client: Client, options: RequestOptions | undefined): ResolvedOptions {
  const state = states.get(client);
  if (!state) {
    throw new ValidationError("Expected a client made by createClient() (or createOpenRouter().client) as the first argument.", { field: "client" });
  }
  if (options === undefined) return state.defaults;
  checkOptions(options, false);
  const resolved = resolveOptions(state.options, options);
  // A call that brings no hooks or fetch of its own shares the client's ky instance.
  if (options.hooks === undefined && options.fetch === undefined) resolved.transport = state.defaults.transport;
  return resolved;
}
