import type { ChatParams } from "../types/chat-params.js";
import type { CatalogModel, ModelLookup } from "../types/model-lookup.js";

/**
 * What the catalog knows of a model (variants such as `:free` and `@preset` looked up by their base id), or
 * `undefined` when there is no catalog, the model is not in it, or the catalog cannot load: a catalog that fails
 * must not stop a chat, so callers fall back to what the SDK knows of model families.
 * @internal
 */
export async function lookupModel(catalog: ModelLookup | undefined, model: string): Promise<CatalogModel | undefined> {
  try {
    return catalog ? await catalog.get(model.split(/[:@]/, 1)[0] ?? model) : undefined;
  } catch {
    return undefined;
  }
}

/** Every model a request may reach: `model`, then the `models` fallbacks. @internal */
export function requestedModels(params: ChatParams): string[] {
  return [...(params.model ? [params.model] : []), ...(params.models ?? [])];
}

/** Anthropic models (and their `~anthropic/` aliases) reject `response_format: { type: "json_object" }`. @internal */
export function isAnthropic(model: string): boolean {
  return model.startsWith("anthropic/") || model.startsWith("~anthropic/");
}

/**
 * The request rewritten to ask for JSON in the prompt, for models that cannot take it through `response_format`:
 * `response_format` is dropped and a system message asking for one JSON value (matching `schema` when given) goes
 * before the other messages. JSON extraction reads the answer back.
 * @internal
 */
export function askForJsonInPrompt(params: ChatParams, schema?: unknown): ChatParams {
  const { response_format: _dropped, ...rest } = params;
  return { ...rest, messages: [{ role: "system", content: jsonInstruction(schema) }, ...(params.messages ?? [])] };
}

/** No prose, no fences: extraction copes with both, but a clean answer is cheaper to read. */
function jsonInstruction(schema?: unknown): string {
  return (
    `Reply with one valid JSON value${schema ? " that matches the JSON Schema below" : ""}, and nothing else: ` +
    `no prose before or after it, no markdown code fences.${schema ? `\n\nJSON Schema:\n${JSON.stringify(schema)}` : ""}`
  );
}
