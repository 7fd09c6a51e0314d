/** The environment variables the SDK reads. */
export interface OpenRouterEnv {
  OPENROUTER_API_KEY?: string | undefined;
  OPENROUTER_BASE_URL?: string | undefined;
  OPENROUTER_DEFAULT_MODEL?: string | undefined;
  OPENROUTER_SITE_URL?: string | undefined;
  OPENROUTER_SITE_NAME?: string | undefined;
  OPENROUTER_TIMEOUT?: string | undefined;
  OPENROUTER_DEBUG?: string | undefined;
}

/**
 * Reads OpenRouter's variables from `process.env` where one exists (Node, Bun, Deno), and nothing elsewhere.
 * Called when a client is created, never at import time. Deno without `--allow-env` throws on access; that
 * counts as an empty environment.
 * @internal
 */
export function readEnv(): OpenRouterEnv {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    if (!env) return {};
    const pick = (name: keyof OpenRouterEnv) => {
      const value = env[name]?.trim();
      return value === "" ? undefined : value;
    };
    return {
      OPENROUTER_API_KEY: pick("OPENROUTER_API_KEY"),
      OPENROUTER_BASE_URL: pick("OPENROUTER_BASE_URL"),
      OPENROUTER_DEFAULT_MODEL: pick("OPENROUTER_DEFAULT_MODEL"),
      OPENROUTER_SITE_URL: pick("OPENROUTER_SITE_URL"),
      OPENROUTER_SITE_NAME: pick("OPENROUTER_SITE_NAME"),
      OPENROUTER_TIMEOUT: pick("OPENROUTER_TIMEOUT"),
      OPENROUTER_DEBUG: pick("OPENROUTER_DEBUG"),
    };
  } catch {
    return {};
  }
}

/**
 * Whether this looks like a browser page, where an API key would be readable by anyone who opens dev tools.
 * @internal
 */
export function isBrowserLike(): boolean {
  const g = globalThis as { window?: { document?: unknown }; navigator?: unknown };
  return typeof g.window === "object" && g.window !== null && typeof g.window.document !== "undefined" && typeof g.navigator !== "undefined";
}
