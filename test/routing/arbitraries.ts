import fc from "fast-check";
import { expect } from "vitest";
import { ValidationError } from "../../src/errors/index.js";
import { fileParserPlugin, provider, responseHealingPlugin, webPlugin } from "../../src/routing/index.js";

// The routing builders take whatever a caller (or a config file) hands them. Every input ends in a valid request
// fragment or a ValidationError that names a field; never a TypeError, never a half-built object.

/** Anything JSON-ish or JS-ish, mixed with values the builders accept, so that both paths are walked. */
export const junk = fc.anything({ maxDepth: 2, withNullPrototype: true, withObjectString: true });
export const or = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: junk });

export const models = fc.constantFrom(
  "openai/gpt-4o",
  "anthropic/claude-sonnet-4.5:nitro",
  "meta-llama/llama-3.1-8b-instruct:free",
  "openai/gpt-4@preset/my-preset",
  "@preset/my-preset",
  "openrouter/auto",
  "~anthropic/claude-sonnet-latest",
  "deepseek/deepseek-v3.2:floor:online",
);
export const modelId = fc.oneof(models, fc.string({ maxLength: 30 }), fc.stringMatching(/^[a-z~@:/.-]{1,20}$/));
export const names = fc.array(or(fc.constantFrom("openai", "anthropic", "deepinfra/turbo", "google-vertex/us-east5", "", " ")), { maxLength: 4 });
export const price = or(fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.double(), fc.constantFrom(-1, Number.NaN, Number.POSITIVE_INFINITY)));
export const maxPrice = or(fc.dictionary(fc.constantFrom("prompt", "completion", "image", "audio", "request", "input", "output"), price, { maxKeys: 3 }));
export const threshold = or(fc.oneof(price, fc.dictionary(fc.constantFrom("p50", "p75", "p90", "p99", "p42"), fc.oneof(price, fc.constant(null)), { maxKeys: 3 })));
export const sort = or(fc.oneof(fc.constantFrom("price", "throughput", "latency", "exacto", "speed"), fc.record({ by: fc.constantFrom("price", "latency", null, "x"), partition: fc.constantFrom("model", "none", null, "x") }, { requiredKeys: [] })));
export const quantizations = fc.array(or(fc.constantFrom("fp8", "bf16", "int4", "fp3")), { maxLength: 3 });

/** One call on a provider() chain. */
export const providerCall = fc.oneof(
  fc.tuple(fc.constant("sort"), fc.tuple(sort)),
  fc.tuple(fc.constantFrom("order", "only", "ignore"), names),
  fc.tuple(fc.constantFrom("allowFallbacks", "requireParameters", "zdr", "enforceDistillableText"), fc.array(or(fc.boolean()), { maxLength: 1 })),
  fc.tuple(fc.constant("dataCollection"), fc.tuple(or(fc.constantFrom("allow", "deny")))),
  fc.tuple(fc.constant("quantizations"), quantizations),
  fc.tuple(fc.constant("maxPrice"), fc.tuple(maxPrice)),
  fc.tuple(fc.constantFrom("preferredMinThroughput", "preferredMaxLatency"), fc.tuple(threshold)),
);

/** Wire-shaped preferences, as a config file would hold them. */
export const preferences = or(
  fc.record(
    {
      sort,
      order: or(names),
      only: or(names),
      ignore: or(names),
      allow_fallbacks: or(fc.boolean()),
      data_collection: or(fc.constantFrom("allow", "deny")),
      quantizations: or(quantizations),
      max_price: or(fc.dictionary(fc.constantFrom("prompt", "completion", "input"), fc.oneof(price, fc.constantFrom("0.5", "abc", "")), { maxKeys: 2 })),
      preferred_max_latency: threshold,
      options: junk,
    },
    { requiredKeys: [] },
  ),
);

export const plugin = or(
  fc.oneof(
    fc.constant(webPlugin()),
    fc.constant(responseHealingPlugin()),
    fc.constant(fileParserPlugin({ pdf: { engine: "cloudflare-ai" } })),
    fc.record({ id: fc.constantFrom("web", "response-healing", "auto-router", "", "x") }),
  ),
);

/** One call on a route() chain. */
export const routeCall = fc.oneof(
  fc.tuple(fc.constant("fallbacks"), fc.array(or(modelId), { maxLength: 3 })),
  fc.tuple(fc.constant("variant"), fc.tuple(or(fc.constantFrom("free", "nitro", "floor", "online", "exacto", "extended", "thinking", "turbo")))),
  fc.tuple(
    fc.constant("provider"),
    fc.tuple(fc.oneof(preferences, fc.array(providerCall, { maxLength: 3 }).map((calls) => chain(provider(), calls)))),
  ),
  fc.tuple(fc.constant("plugins"), fc.array(plugin, { maxLength: 3 })),
  fc.tuple(fc.constant("preset"), fc.tuple(or(fc.constantFrom("my-preset", "@preset/team.v2", "", "has space")))),
);

export type Chain = Record<string, (...args: unknown[]) => Chain> & { build(): unknown };

/** Applies calls one by one; a call that throws must throw ValidationError and leave the chain as it was. */
export function chain<T>(start: T, calls: [string, unknown[]][]): T {
  let current = start as unknown as Chain;
  for (const [method, args] of calls) {
    const before = structuredClone(current.build());
    try {
      current = (current[method] as (...a: unknown[]) => Chain)(...args);
    } catch (error) {
      expectValidationError(error);
      expect(current.build()).toEqual(before);
    }
  }
  return current as unknown as T;
}

export function expectValidationError(error: unknown): void {
  if (!(error instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${String(error)}`, { cause: error });
  expect(error.message.length).toBeGreaterThan(0);
}

/** Calls `fn`; returns its value, or `undefined` after checking that it threw a ValidationError. */
export function valueOrValidationError<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    expectValidationError(error);
    return undefined;
  }
}

/** Plain data: what JSON would carry, with no prototype tricks. */
export function expectPlainData(value: unknown): void {
  // Compared as JSON text: what goes on the wire. (toEqual tells -0 from 0, which serialise alike.)
  expect(JSON.stringify(JSON.parse(JSON.stringify(value)))).toBe(JSON.stringify(value));
  expect(JSON.parse(JSON.stringify(value))).toEqual(JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "function" ? "<function>" : v))));
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
}

export const runs = { numRuns: 400 };

/** Options objects for autoRoute() and the plugin builders: valid keys with odd values, and junk. */
export const pluginOptions = fc.oneof(
  junk,
  fc.record(
    {
      allowed_models: or(fc.array(fc.constantFrom("anthropic/*", "openai/gpt-4.1*", "bad", "a/b c"), { maxLength: 3 })),
      excluded_models: or(fc.array(fc.constantFrom("anthropic/*", "x/y"), { maxLength: 2 })),
      cost_tier: or(fc.constantFrom("low", "max", "ultra")),
      pin_model: or(fc.boolean()),
      enabled: or(fc.boolean()),
      engine: or(fc.constantFrom("exa", "native", "middle-out", "auto", "bing")),
      max_results: or(fc.integer({ min: -2, max: 10 })),
      include_domains: or(fc.array(fc.constantFrom("nodejs.org", "a b", ""), { maxLength: 2 })),
      allowed_domains: or(fc.array(fc.constantFrom("nodejs.org", ""), { maxLength: 2 })),
      user_location: or(fc.record({ city: or(fc.constantFrom("Paris", "")), type: or(fc.constant("approximate")) }, { requiredKeys: [] })),
      maxResults: fc.nat(),
    },
    { requiredKeys: [] },
  ),
);
