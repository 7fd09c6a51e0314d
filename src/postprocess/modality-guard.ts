import { ValidationError } from "../errors/validation-error.js";
import { askForJsonInPrompt, isAnthropic, lookupModel, requestedModels } from "../models/model-facts.js";
import type { ChatParams, Modality } from "../types/chat-params.js";
import type { ChatResult } from "../types/chat-result.js";
import type { ModelLookup } from "../types/model-lookup.js";
import type { PostProcessContext, PostProcessor } from "../types/post-processor.js";

// Families that only output images: they answer 404 to modalities ["image","text"]. They take ["image"], as the
// chat-completions version of OpenRouter's image guide says (the current guide covers the Images API):
// https://github.com/OpenRouterTeam/docs/blob/1c9b4627a18dc9e5e17d7a793c36a7cf260fcf0b/guides/overview/multimodal/image-generation.mdx
const imageOnlyPrefixes = ["black-forest-labs/", "sourceful/", "recraft/", "bytedance-seed/seedream", "bytedance/seedream"];

/**
 * Whether a model outputs images only: the catalog's `output_modalities` when a catalog knows it, else the known
 * image-only families (FLUX `black-forest-labs/`, Sourceful, Recraft, Seedream).
 *
 * @example
 * ```ts
 * import { isImageOnlyModel } from "openrouter-fetch/postprocess";
 * await isImageOnlyModel("black-forest-labs/flux.2-pro"); // true
 * ```
 */
export async function isImageOnlyModel(model: string, catalog?: ModelLookup): Promise<boolean> {
  const outputs = (await lookupModel(catalog, model))?.architecture?.output_modalities;
  if (outputs) return outputs.includes("image") && !outputs.includes("text");
  return imageOnlyPrefixes.some((prefix) => model.startsWith(prefix));
}

/**
 * The modalities to send an image-only model: `["image"]` when none are given, the given ones when they ask for
 * images and not for text.
 * @throws {@link ValidationError} for modalities the model would answer 404 to (`"text"` among them, or no `"image"`).
 * @internal
 */
export function imageOnlyModalities(model: string, modalities: Modality[] | undefined): Modality[] {
  if (modalities === undefined) return ["image"];
  if (modalities.includes("text") || !modalities.includes("image")) {
    throw new ValidationError(
      `${model} outputs images only: send modalities: ["image"] (OpenRouter answers 404 to ${JSON.stringify(modalities)}). ` +
        "Leave modalities out and the SDK sets it.",
      { field: "modalities" },
    );
  }
  return modalities;
}

async function prepare(params: ChatParams, context: PostProcessContext): Promise<ChatParams> {
  const models = requestedModels(params);
  let next = params;
  for (const model of models) {
    if (!(await isImageOnlyModel(model, context.catalog))) continue;
    const modalities = imageOnlyModalities(model, next.modalities);
    if (modalities !== next.modalities) {
      next = { ...next, modalities };
      context.debug?.(`openrouter-fetch: request rewritten: ${model} outputs images only, so modalities is sent as ["image"]`);
    }
  }
  // Anthropic models reject json_object; ask in the prompt and let JSON extraction read the answer.
  const anthropic = next.response_format?.type === "json_object" ? models.find(isAnthropic) : undefined;
  if (anthropic !== undefined) {
    next = askForJsonInPrompt(next);
    context.debug?.(
      `openrouter-fetch: request rewritten: ${anthropic} rejects response_format json_object, so it was dropped and JSON is asked for in a system message (read back by JSON extraction)`,
    );
  }
  return next;
}

/**
 * Modality guard, a request-side step: image-only models (FLUX and the other image-only families, or what the
 * catalog's `output_modalities` says) get `modalities: ["image"]`, and a request asking one of them for `"text"` is
 * refused before sending (OpenRouter would answer 404). Also: `anthropic/` models are never sent
 * `response_format: { type: "json_object" }` (they reject it); the JSON is asked for in a system message instead
 * and read back by JSON extraction. Each rewrite is said in a line of the client's `debug` log.
 *
 * @throws {@link ValidationError} from its `prepare` step, for a modality the model refuses.
 * @example
 * ```ts
 * import { chat, createClient } from "openrouter-fetch";
 * // Sent with modalities: ["image"] even though the request does not say so.
 * const result = await chat(createClient(), { model: "black-forest-labs/flux.2-pro", prompt: "A lighthouse" });
 * console.log(result.images.length);
 * ```
 */
export const modalityGuard: PostProcessor = /*@__PURE__*/ Object.assign((result: ChatResult): ChatResult => result, {
  prepare,
  processorName: "modalityGuard",
});
