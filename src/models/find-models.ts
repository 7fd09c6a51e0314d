import { ValidationError } from "../errors/validation-error.js";
import { pricePerMillion, toPrice } from "./price-per-million.js";
import type { InputModality, Model, OutputModality } from "./types.js";

/** What {@link findModels} keeps. Every filter given must hold; a list means "all of these". */
export interface ModelFilter {
  /** Input modalities the model must accept, e.g. `"image"` or `["image", "file"]`. */
  input?: InputModality | readonly InputModality[] | undefined;
  /** Output modalities the model must produce, e.g. `"image"`. */
  output?: OutputModality | readonly OutputModality[] | undefined;
  /** Request parameters the model must support, e.g. `["tools", "structured_outputs"]`. */
  supports?: string | readonly string[] | undefined;
  /** Minimum context window in tokens. */
  minContext?: number | undefined;
  /** Highest input price, in **USD per million tokens** (the unit the site shows). */
  maxPromptPrice?: number | undefined;
  /** Highest output price, in **USD per million tokens**. */
  maxCompletionPrice?: number | undefined;
  /** `true`: only models that cost nothing; `false`: only paid ones. */
  free?: boolean | undefined;
}

/**
 * Filters a model list in memory (no request): by modalities, supported parameters, context window, price caps
 * in USD per million tokens, and free/paid. Order is kept. A model whose field is missing is left out by a filter
 * on that field (unknown is not a match), and variable-priced routers are left out by price caps.
 *
 * @throws {@link ValidationError} when `models` is not an array or a filter has the wrong kind of value.
 * @example
 * ```ts
 * import { createClient, findModels, listModels } from "openrouter-fetch/models";
 * const models = await listModels(createClient());
 * const cheapVision = findModels(models, { input: "image", supports: "tools", maxPromptPrice: 0.5 });
 * console.log(cheapVision.map((m) => m.id));
 * ```
 */
export function findModels<M extends Model>(models: readonly M[], filter: ModelFilter = {}): M[] {
  if (!Array.isArray(models)) throw new ValidationError("findModels() takes the array listModels() returns.", { field: "models" });
  const input = names(filter.input, "input");
  const output = names(filter.output, "output");
  const supports = names(filter.supports, "supports");
  const minContext = limit(filter.minContext, "minContext");
  const maxPrompt = limit(filter.maxPromptPrice, "maxPromptPrice");
  const maxCompletion = limit(filter.maxCompletionPrice, "maxCompletionPrice");
  if (filter.free !== undefined && typeof filter.free !== "boolean") {
    throw new ValidationError(`free must be true or false, got ${JSON.stringify(filter.free)}.`, { field: "free" });
  }
  return models.filter((model) => {
    if (input && !hasAll(model.architecture?.input_modalities, input)) return false;
    if (output && !hasAll(model.architecture?.output_modalities, output)) return false;
    if (supports && !hasAll(model.supported_parameters, supports)) return false;
    if (minContext !== undefined && !((model.context_length ?? model.top_provider?.context_length ?? -1) >= minContext)) return false;
    if (maxPrompt !== undefined && !((pricePerMillion(model.pricing?.prompt) ?? Infinity) <= maxPrompt)) return false;
    if (maxCompletion !== undefined && !((pricePerMillion(model.pricing?.completion) ?? Infinity) <= maxCompletion)) return false;
    if (filter.free !== undefined && isFree(model) !== filter.free) return false;
    return true;
  });
}

/** Free: nothing charged per token or per request (a `:free` variant, or a model priced at zero). */
function isFree(model: Model): boolean {
  const p = model.pricing;
  if (!p) return false;
  return toPrice(p.prompt) === 0 && toPrice(p.completion) === 0 && (p.request == null || toPrice(p.request) === 0);
}

function hasAll(have: readonly string[] | null | undefined, wanted: readonly string[]): boolean {
  return Array.isArray(have) && wanted.every((w) => have.includes(w));
}

function names(value: string | readonly string[] | undefined, field: string): readonly string[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.some((v) => typeof v !== "string" || v === "")) {
    throw new ValidationError(`${field} takes a name or a list of names (e.g. "image" or ["image", "text"]), got ${JSON.stringify(value)}.`, { field });
  }
  return list.length === 0 ? undefined : list;
}

function limit(value: number | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || Number.isNaN(value) || value < 0) {
    throw new ValidationError(`${field} must be a number >= 0, got ${JSON.stringify(value)}.`, { field });
  }
  return value;
}
