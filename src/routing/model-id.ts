import { ValidationError } from "../errors/validation-error.js";
import { show } from "./show.js";

export { checkModelId, type ModelIdEntry } from "../models/model-id.js";

/**
 * A model-id suffix (https://openrouter.ai/docs/guides/routing/model-variants/free and the pages beside it): `free`
 * (free tier, rate-limited), `nitro` (fastest endpoints, priority tier eligible), `floor` (cheapest endpoints, flex
 * tier eligible), `online` (web search; deprecated in favour of the `openrouter:web_search` tool), `exacto`
 * (endpoints best at tool calling), `extended` (bigger context), `thinking` (reasoning on).
 */
export type ModelVariant = "free" | "nitro" | "floor" | "online" | "exacto" | "extended" | "thinking";

/** The parts of a model id, as {@link parseModelId} returns them. */
export interface ParsedModelId {
  /** `"openai"` in `openai/gpt-4.1`; `undefined` for a bare preset (`@preset/my-preset`). */
  author: string | undefined;
  /** `"gpt-4.1"` in `openai/gpt-4.1`; `undefined` for a bare preset. */
  slug: string | undefined;
  /** The suffixes in order: `["free", "online"]` for `…:free:online`. Unknown suffixes are kept as they are. */
  variants: (ModelVariant | (string & {}))[];
  /** `"my-preset"` in `openai/gpt-4@preset/my-preset` or `@preset/my-preset`. */
  preset: string | undefined;
  /** Whether the id is a `~author/family-latest` alias that OpenRouter resolves to the newest model. */
  latest: boolean;
}

// A function, not a module-level array, so that importing this file builds nothing.
function knownVariants(): readonly string[] {
  return ["free", "nitro", "floor", "online", "exacto", "extended", "thinking"];
}

const SHAPE = `"author/slug", optionally with ":variant" suffixes and "@preset/slug" (e.g. "openai/gpt-oss-20b:free" or "openai/gpt-4@preset/my-preset")`;

function invalid(id: unknown, why: string, field = "model"): never {
  throw new ValidationError(`Model id ${show(id)} ${why}. A model id looks like ${SHAPE}.`, { field });
}

/** Checks a preset slug (no `@preset/` prefix) and returns it. @internal */
export function checkPresetSlug(slug: unknown, field: string): string {
  if (typeof slug !== "string" || !/^[A-Za-z0-9][\w.-]*$/.test(slug)) {
    throw new ValidationError(
      `Preset slug ${show(slug)} is not a slug: use letters, digits, "-", "_" and "." as shown on openrouter.ai/settings/presets (e.g. "my-preset").`,
      { field },
    );
  }
  return slug;
}

/**
 * Splits a model id into author, slug, variants and preset. It checks the shape (one `/`, no empty parts, no
 * whitespace, a repeated variant, a malformed `@preset/…`), not whether the model exists; unknown variants are
 * returned as they are so that new OpenRouter suffixes keep working.
 *
 * @throws {@link ValidationError} when the id is not shaped like a model id.
 * @example
 * ```ts
 * import { parseModelId } from "openrouter-fetch/routing";
 * parseModelId("openai/gpt-oss-20b:free:online");
 * // { author: "openai", slug: "gpt-oss-20b", variants: ["free", "online"], preset: undefined, latest: false }
 * parseModelId("openai/gpt-4@preset/my-preset").preset; // "my-preset"
 * ```
 */
export function parseModelId(id: string): ParsedModelId {
  return parseModelIdAt(id, "model");
}

/** {@link parseModelId}, with errors naming `field` (`models`, `cascade.simple`). @internal */
export function parseModelIdAt(id: string, field: string): ParsedModelId {
  if (typeof id !== "string" || id.trim() === "") invalid(id, "is empty or not a string", field);
  if (/\s/.test(id)) invalid(id, "contains whitespace; remove it", field);
  const at = id.indexOf("@");
  let preset: string | undefined;
  let base = id;
  if (at >= 0) {
    const rest = id.slice(at + 1);
    if (!rest.startsWith("preset/")) invalid(id, `has "@${rest}" where only "@preset/<slug>" is allowed`, field);
    preset = checkPresetSlug(rest.slice("preset/".length), field);
    base = id.slice(0, at);
    if (base === "") return { author: undefined, slug: undefined, variants: [], preset, latest: false };
  }
  const [path = "", ...variants] = base.split(":");
  for (const [i, variant] of variants.entries()) {
    if (variant === "") invalid(id, "has an empty \":\" suffix", field);
    if (variants.indexOf(variant) !== i) invalid(id, `repeats the ":${variant}" variant`, field);
  }
  const latest = path.startsWith("~");
  const parts = (latest ? path.slice(1) : path).split("/");
  if (parts.length !== 2 || parts[0] === "" || parts[1] === "") {
    invalid(id, parts.length === 1 ? "has no author (the part before \"/\")" : "must have exactly one \"/\" between author and slug", field);
  }
  return { author: parts[0], slug: parts[1], variants, preset, latest };
}

/**
 * Adds a variant suffix to a model id, before any `@preset/…` part. Adding a variant the id already has returns
 * the id unchanged; `nitro` and `floor` contradict each other (fastest versus cheapest) and are refused together.
 *
 * @throws {@link ValidationError} for an unknown variant, a malformed id, a bare preset or `openrouter/auto` (neither
 * names a model to put a variant on), or `nitro` with `floor`.
 * @example
 * ```ts
 * import { withVariant } from "openrouter-fetch/routing";
 * withVariant("openai/gpt-oss-20b:free", "online"); // "openai/gpt-oss-20b:free:online"
 * withVariant("openai/gpt-4@preset/my-preset", "nitro"); // "openai/gpt-4:nitro@preset/my-preset"
 * ```
 */
export function withVariant(id: string, variant: ModelVariant): string {
  const known = knownVariants();
  if (!known.includes(variant)) {
    throw new ValidationError(`Unknown model variant ${show(variant)}; use one of ${known.map((v) => `"${v}"`).join(", ")}.`, {
      field: "variant",
    });
  }
  const parsed = parseModelId(id);
  if (parsed.slug === undefined) invalid(id, `is a bare preset; a ":${variant}" variant needs a model, as in "openai/gpt-4:${variant}@preset/${parsed.preset}"`);
  if (`${parsed.author}/${parsed.slug}` === "openrouter/auto") {
    invalid(id, `is the auto router, which picks the model itself; put ":${variant}" on a concrete model instead`);
  }
  if (parsed.variants.includes(variant)) return id;
  const clash = variant === "nitro" ? "floor" : variant === "floor" ? "nitro" : undefined;
  if (clash && parsed.variants.includes(clash)) {
    throw new ValidationError(
      `Model id "${id}" already has ":${clash}"; ":nitro" sorts by speed and ":floor" by price, so keep one of them.`,
      { field: "variant" },
    );
  }
  const at = id.indexOf("@");
  return at < 0 ? `${id}:${variant}` : `${id.slice(0, at)}:${variant}${id.slice(at)}`;
}
