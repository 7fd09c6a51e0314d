import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { ValidationError } from "../errors/validation-error.js";
import { isNonEmptyString, isRecord, isWholeNumber } from "../util/checks.js";
import { toImageInputPart } from "./content-parts.js";
import { toCreateImageResult } from "./native-image-result.js";
import type { CreateImageParams, CreateImageResult } from "./native-types.js";

/** The API's own limits on `n` and `input_references` (ImageGenerationRequest). */
const maxN = 10;
const maxReferences = 16;

/**
 * Generates images through OpenRouter's native image API (`POST /images`,
 * https://openrouter.ai/docs/api/api-reference/images/generate) and returns them decoded, as {@link generateImage}
 * does: bytes, base64, mimeType, dataUrl and `toBlob()`. The body is sent under its wire names; `input_references`
 * may be given as https or data URLs, bytes or Blobs, and are sent as `image_url` parts.
 *
 * This is the explicit native route: {@link generateImage} stays on chat completions (see docs/images.md for which
 * to use). {@link listImageModels} lists the models this endpoint serves and the parameters each accepts.
 *
 * @throws {@link ValidationError} before sending: no model or prompt, `n` outside 1–10, more than 16 or unreadable
 * `input_references`, `stream: true` (not offered here), or no API key.
 * @throws {@link ResponseValidationError} when the answer has no `data` array, an entry that is not a readable image
 * (the message names it, e.g. `data[0].b64_json`), or no image at all.
 * @throws {@link APIError} (a per-status subclass: {PayloadTooLargeError} for too-large references, …) when OpenRouter
 * answers with an error; {ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { createClient, createImage } from "openrouter-fetch";
 * const { images, usage } = await createImage(createClient(), {
 *   model: "bytedance-seed/seedream-4.5",
 *   prompt: "a red panda astronaut floating in space, studio lighting",
 *   aspect_ratio: "16:9",
 *   resolution: "2K",
 * });
 * await writeFile("panda.png", images[0]!.bytes);
 * console.log(images[0]?.mimeType, usage?.cost);
 * ```
 */
export async function createImage(client: Client, params: CreateImageParams, options?: RequestOptions): Promise<CreateImageResult> {
  const resolved = callOptions(client, options);
  const body = await toBody(params);
  const { data, headers } = await requestJSON<unknown>(resolved, { method: "POST", path: "images", body, auth: "required" });
  return toCreateImageResult(data, body.model, headers, resolved);
}

async function toBody(params: CreateImageParams): Promise<CreateImageParams> {
  if (!isRecord(params)) {
    throw new ValidationError('createImage() takes { model, prompt }, e.g. { model: "bytedance-seed/seedream-4.5", prompt: "a red fox" }.', { field: "params" });
  }
  if (!isNonEmptyString(params.model)) {
    throw new ValidationError('createImage() needs an image model, e.g. "bytedance-seed/seedream-4.5" (listImageModels() lists them).', { field: "model" });
  }
  if (!isNonEmptyString(params.prompt)) {
    throw new ValidationError("createImage() needs a prompt: a non-empty string saying what to draw.", { field: "prompt" });
  }
  if (params.n !== undefined && !isWholeNumber(params.n, 1, maxN)) {
    throw new ValidationError(`n is the number of images, a whole number from 1 to ${maxN}; got ${String(params.n)}.`, { field: "n" });
  }
  if ((params.stream as unknown) === true) {
    throw new ValidationError("createImage() returns the finished images; leave stream out (partial-image streaming is not offered yet).", { field: "stream" });
  }
  const references = params.input_references;
  if (references === undefined) return params;
  if (!Array.isArray(references) || references.length > maxReferences) {
    throw new ValidationError(`input_references is a list of at most ${maxReferences} images (URLs, bytes, Blobs or image parts).`, { field: "input_references" });
  }
  return { ...params, input_references: await Promise.all(references.map((image, i) => toImageInputPart(image, "input_references", i))) };
}
