import { OpenRouterError } from "./openrouter-error.js";

/** Which kind of ky hook threw. */
export type HookKind = "init" | "beforeRequest" | "afterResponse" | "beforeRetry" | "beforeError";

/**
 * One of the app's ky hooks (`hooks` option, or the hooks of the `ky` instance given to `createClient`) threw, or an
 * `afterResponse` hook kept asking for `ky.retry()` after the last retry. The call stops there and is not retried;
 * `cause` is what the hook threw (with any Request, Headers or options that held the API key taken out), and `hook`
 * says which kind of hook it was.
 *
 * @example
 * ```ts
 * import { chat, createClient } from "openrouter-fetch";
 * import { HookError } from "openrouter-fetch/errors";
 * const client = createClient({
 *   hooks: { beforeRequest: [() => { throw new Error("no token yet"); }] },
 * });
 * try {
 *   await chat(client, { model: "openai/gpt-4.1-nano", prompt: "Hi" });
 * } catch (error) {
 *   if (error instanceof HookError) console.error(error.hook, error.cause);
 * }
 * ```
 */
export class HookError extends OpenRouterError {
  override name = "HookError";
  /** The kind of hook that threw. */
  readonly hook: HookKind;

  constructor(message: string, options: { hook: HookKind; cause?: unknown }) {
    super(message, options);
    this.hook = options.hook;
  }
}
