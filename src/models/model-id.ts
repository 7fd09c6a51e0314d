import { ValidationError } from "../errors/validation-error.js";
import type { ModelLookup } from "../types/model-lookup.js";
import { lookupModel } from "./model-facts.js";

// The current model of each Anthropic family: where a dated id points at an old snapshot, this is what people mean.
const currentAnthropic: Record<string, string> = {
  haiku: "anthropic/claude-haiku-4.5",
  sonnet: "anthropic/claude-sonnet-4.5",
  opus: "anthropic/claude-opus-4.5",
};

/** A catalog entry as far as id checks need it. */
export interface ModelIdEntry {
  id: string;
  canonical_slug?: string | null;
}

/**
 * Checks a model id for the mistake OpenRouter answers with 400: a compact date suffix copied from a provider's
 * docs (`anthropic/claude-sonnet-4-20250514`) or from a response's dated permaslug. Variants (`:free`) and presets
 * (`@preset/x`) are allowed. With a catalog, the suggestion is the routable id whose `canonical_slug` matches.
 *
 * @throws {@link ValidationError} naming the id and the id to use instead.
 * @example
 * ```ts
 * import { checkModelId } from "openrouter-fetch/routing";
 * checkModelId("anthropic/claude-sonnet-4.5"); // fine, returns nothing
 * try { checkModelId("anthropic/claude-sonnet-4-20250514"); } catch (e) { console.error((e as Error).message); }
 * ```
 */
export function checkModelId(id: string, catalog?: readonly ModelIdEntry[]): void {
  if (typeof id !== "string" || id.trim() === "") {
    throw new ValidationError("The model id is empty: name a model such as \"openai/gpt-4.1-nano\".", { field: "model" });
  }
  const base = id.split(/[:@]/, 1)[0] ?? id;
  const dated = /^(.+?)-(\d{8})$/.exec(base);
  if (!dated) return;
  const undated = dated[1] as string;
  const suggestions: string[] = [];
  const fromCatalog = catalog?.find((m) => m.canonical_slug === base || m.canonical_slug === undated)?.id;
  if (fromCatalog) suggestions.push(fromCatalog);
  if (undated.startsWith("anthropic/")) {
    const family = /(haiku|sonnet|opus)/.exec(undated)?.[1];
    const current = family ? currentAnthropic[family] : undefined;
    if (current) suggestions.push(current);
  }
  if (catalog === undefined || fromCatalog === undefined) suggestions.push(undated);
  const unique = [...new Set(suggestions)].filter((s) => s !== id);
  throw new ValidationError(
    `Model id "${id}" ends in a date (${dated[2]}); OpenRouter ids have no date suffix and it would answer 400. ` +
      `Use ${unique.map((s) => `"${s}"`).join(" or ")}. (Set checkModelIds: false to send it anyway.)`,
    { field: "model" },
  );
}

/**
 * {@link checkModelId} before a request, with the client's catalog: a dated id that is a model's `canonical_slug`
 * (the OpenAPI document's own examples use them, e.g. `anthropic/claude-4.5-sonnet-20250929`) is a snapshot the
 * caller pinned, and OpenRouter routes it, so it is sent as is rather than mapped to the model's current id.
 * Without a catalog, or for a dated id the catalog does not know, the check stands.
 * @throws {@link ValidationError} for an empty id, or a dated one that is no model's `canonical_slug`.
 * @internal
 */
export async function checkRequestModelId(id: string, catalog: ModelLookup | undefined): Promise<void> {
  try {
    checkModelId(id);
  } catch (error) {
    const base = typeof id === "string" ? (id.split(/[:@]/, 1)[0] ?? id) : "";
    const known = base === "" ? undefined : await lookupModel(catalog, base);
    if (known !== undefined && (known.canonical_slug === base || known.id === base)) return;
    throw error;
  }
}
