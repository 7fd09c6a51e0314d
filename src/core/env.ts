/** The environment variables the SDK reads. */
export interface OpenRouterEnv {
  OPENROUTER_API_KEY?: string | undefined;
  OPENROUTER_MANAGEMENT_KEY?: string | undefined;
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
    const picked: OpenRouterEnv = {};
    for (const name of ["API_KEY", "MANAGEMENT_KEY", "BASE_URL", "DEFAULT_MODEL", "SITE_URL", "SITE_NAME", "TIMEOUT", "DEBUG"] as const) {
      const value = env[`OPENROUTER_${name}`]?.trim();
      if (value) picked[`OPENROUTER_${name}`] = value;
    }
    return picked;
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
