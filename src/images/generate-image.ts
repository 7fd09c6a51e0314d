import { chat, type ChatOptions } from "../chat/chat.js";
import { type Client, callOptions } from "../core/client.js";
import { requestBody } from "../core/request-body.js";
import { ValidationError } from "../errors/validation-error.js";
import { imageOnlyModalities, isImageOnlyModel } from "../postprocess/modality-guard.js";
import type { ChatParams, Modality } from "../types/chat-params.js";
import type { ContentPart } from "../types/content-parts.js";
import type { ModelLookup } from "../types/model-lookup.js";
import { isNonEmptyString, isRecord, isWholeNumber } from "../util/checks.js";
import { textPart, toImageInputPart } from "./content-parts.js";
import { toImageResult } from "./image-result.js";
import type { GenerateImageParams, ImageInput, ImageResult } from "./types.js";

/** Per-call options of {@link generateImage}: any client option, for this call only. */
export type GenerateImageOptions = ChatOptions;

/** `n` above this is refused: each image is a paid request. */
const maxN = 10;

/**
 * Generates images through chat completions (`modalities`,
 * https://openrouter.ai/docs/api/api-reference/chat/create-a-chat-completion) and returns them decoded. The
 * `modalities` each family needs are chosen for you: image-only models (FLUX, Sourceful, Recraft, Seedream, or what
 * the client's catalog says) get `["image"]`, every other model `["image", "text"]`; an explicit `modalities` wins,
 * but one an image-only model would answer 404 to is refused before sending. `aspect_ratio` and `image_size` go into
 * `image_config`; `images` are sent after the prompt for editing. `n > 1` sends that many requests in parallel and
 * concatenates their images; if one fails, the others are aborted and the first error is thrown.
 *
 * Images that come back as https URLs instead of `data:` URLs are listed in `remoteImages` and downloaded only
 * when you call their `load()`.
 *
 * @throws {@link ValidationError} before sending: no model or prompt, `n` outside 1–10, a malformed `aspect_ratio`, an
 * input image that cannot be sent, `modalities` without `"image"` or with `"text"` for an image-only model, or a
 * model the catalog says outputs no images.
 * @throws {@link ResponseValidationError} when the answer holds no image; the message names the model and what came back.
 * @throws {@link APIError} (a per-status subclass), {ConnectionError}, {TimeoutError} or {AbortError} as `chat()` does.
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { createClient, generateImage } from "openrouter-fetch";
 * const { images, usage } = await generateImage(createClient(), {
 *   model: "google/gemini-2.5-flash-image",
 *   prompt: "A lighthouse at dawn, watercolour",
 *   aspect_ratio: "16:9",
 * });
 * await writeFile("lighthouse.png", images[0]!.bytes);
 * console.log(images[0]?.mimeType, usage?.cost);
 * ```
 */
export async function generateImage(client: Client, params: GenerateImageParams, options?: GenerateImageOptions): Promise<ImageResult> {
  const resolved = callOptions(client, options);
  const { body, n } = await toChatParams(params, resolved.catalog);
  if (n === 1) return toImageResult([await chat(client, body, options)], resolved, params.model);
  // One failure makes the whole call fail, so the other requests are stopped rather than left running (and billed).
  const siblings = new AbortController();
  const signal = options?.signal ? AbortSignal.any([options.signal, siblings.signal]) : siblings.signal;
  const requests = Array.from({ length: n }, () =>
    chat(client, body, { ...options, signal }).catch((error: unknown) => {
      siblings.abort(error);
      throw error;
    }),
  );
  return toImageResult(await Promise.all(requests), resolved, params.model);
}

/** Not `{ ...chatFields, … }`: a spread at module scope is kept by bundlers, and would carry the chat fields along. */
const shortcutFields: Record<"aspect_ratio" | "image_size" | "n" | "images", true> = { aspect_ratio: true, image_size: true, n: true, images: true };

async function toChatParams(params: GenerateImageParams, catalog: ModelLookup | undefined): Promise<{ body: ChatParams; n: number }> {
  if (!isRecord(params)) {
    throw new ValidationError('generateImage() takes { model, prompt }, e.g. { model: "google/gemini-2.5-flash-image", prompt: "a red fox" }.', { field: "params" });
  }
  // Its own shortcuts' spellings (imageSize → image_size) are checked here; chat() checks the chat fields and
  // merges `extra`.
  requestBody(params, "GenerateImageParams", shortcutFields);
  const { prompt, aspect_ratio, image_size, n = 1, images, messages, ...rest } = params;
  const model = rest.model;
  if (!isNonEmptyString(model)) {
    throw new ValidationError('generateImage() needs an image model, e.g. "google/gemini-2.5-flash-image" or "black-forest-labs/flux.2-pro".', { field: "model" });
  }
  if (!isNonEmptyString(prompt)) {
    throw new ValidationError("generateImage() needs a prompt: a non-empty string saying what to draw.", { field: "prompt" });
  }
  if (!isWholeNumber(n, 1, maxN)) {
    throw new ValidationError(`n is the number of requests to send, a whole number from 1 to ${maxN}; got ${String(n)}.`, { field: "n" });
  }
  if (images !== undefined && !Array.isArray(images)) {
    throw new ValidationError("images must be an array of URLs, bytes, Blobs or image parts.", { field: "images" });
  }
  const body: ChatParams = {
    ...rest,
    model,
    messages: [...(messages ?? []), { role: "user", content: await userContent(prompt, images ?? []) }],
    modalities: await modalitiesFor(model, rest.modalities, catalog),
  };
  const imageConfig = toImageConfig(rest.image_config, aspect_ratio, image_size);
  if (imageConfig !== undefined) body.image_config = imageConfig;
  return { body, n };
}

async function userContent(prompt: string, images: ImageInput[]): Promise<string | ContentPart[]> {
  if (images.length === 0) return prompt;
  // The prompt goes first: models read text before images better
  // (https://openrouter.ai/docs/guides/overview/multimodal/image-understanding).
  const parts = await Promise.all(images.map((image, i) => toImageInputPart(image, "images", i)));
  return [textPart(prompt), ...parts];
}

async function modalitiesFor(model: string, explicit: Modality[] | undefined, catalog: ModelLookup | undefined): Promise<Modality[]> {
  if (explicit !== undefined && (!Array.isArray(explicit) || !explicit.includes("image"))) {
    throw new ValidationError(`generateImage() needs "image" among the modalities; got ${JSON.stringify(explicit)}. Leave modalities out and the SDK picks them.`, {
      field: "modalities",
    });
  }
  if (await isImageOnlyModel(model, catalog)) return imageOnlyModalities(model, explicit);
  if (explicit !== undefined) return explicit;
  const outputs = catalog ? (await catalog.get(model.split(/[:@]/, 1)[0] ?? model))?.architecture?.output_modalities : undefined;
  if (outputs && !outputs.includes("image")) {
    throw new ValidationError(
      `${model} does not output images (the catalog lists output_modalities ${JSON.stringify(outputs)}). ` +
        'Pick an image model (listModels(client, { output_modalities: "image" })), or pass modalities to override the catalog.',
      { field: "model" },
    );
  }
  return ["image", "text"];
}

function toImageConfig(config: unknown, aspectRatio: unknown, imageSize: unknown): Record<string, unknown> | undefined {
  if (config !== undefined && !isRecord(config)) {
    throw new ValidationError("image_config must be an object such as { aspect_ratio: \"16:9\" }.", { field: "image_config" });
  }
  const out: Record<string, unknown> = { ...(config as Record<string, unknown> | undefined) };
  if (aspectRatio !== undefined) {
    if (typeof aspectRatio !== "string" || !/^\d+:\d+$/.test(aspectRatio)) {
      throw new ValidationError(`aspect_ratio is "width:height", such as "16:9" or "1:1"; got ${JSON.stringify(aspectRatio)}.`, { field: "aspect_ratio" });
    }
    setOnce(out, "aspect_ratio", aspectRatio);
  }
  if (imageSize !== undefined) {
    if (!isNonEmptyString(imageSize)) {
      throw new ValidationError(`image_size is a size such as "1K", "2K" or "4K"; got ${JSON.stringify(imageSize)}.`, { field: "image_size" });
    }
    setOnce(out, "image_size", imageSize);
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

function setOnce(config: Record<string, unknown>, key: string, value: string): void {
  if (config[key] !== undefined && config[key] !== value) {
    throw new ValidationError(`${key} is given twice with different values (${JSON.stringify(value)} and image_config.${key} ${JSON.stringify(config[key])}); give it once.`, {
      field: key,
    });
  }
  config[key] = value;
}
