import { ValidationError } from "../errors/validation-error.js";
import { isNonEmptyString, isRecord, isWholeNumber } from "../util/checks.js";
import { toImageInputPart } from "./content-parts.js";
import type { CreateImageParams } from "./native-types.js";
import { type FieldsOf, requestBody } from "../core/request-body.js";

/** The API's own limits on `n` and `input_references` (ImageGenerationRequest). */
const maxN = 10;
const maxReferences = 16;

/**
 * The `POST /images` body of {@link createImage} or {@link streamImage}, checked: `input_references` turned into
 * image parts. `stream` is the caller's to set.
 * @throws {@link ValidationError} naming the field.
 * @internal
 */
export async function prepareImage(params: CreateImageParams, fn: "createImage" | "streamImage"): Promise<Omit<CreateImageParams, "extra">> {
  if (!isRecord(params as unknown)) {
    throw new ValidationError(`${fn}() takes { model, prompt }, e.g. { model: "bytedance-seed/seedream-4.5", prompt: "a red fox" }.`, { field: "params" });
  }
  if (!isNonEmptyString(params.model)) {
    throw new ValidationError(`${fn}() needs an image model, e.g. "bytedance-seed/seedream-4.5" (listImageModels() lists them).`, { field: "model" });
  }
  if (!isNonEmptyString(params.prompt)) {
    throw new ValidationError(`${fn}() needs a prompt: a non-empty string saying what to draw.`, { field: "prompt" });
  }
  if (params.n !== undefined && !isWholeNumber(params.n, 1, maxN)) {
    throw new ValidationError(`n is the number of images, a whole number from 1 to ${maxN}; got ${String(params.n)}.`, { field: "n" });
  }
  if (fn === "createImage" && (params.stream as unknown) === true) {
    throw new ValidationError("createImage() returns the finished images; leave stream out, or call streamImage() for partial images as they come.", { field: "stream" });
  }
  const body = requestBody(params, "CreateImageParams", imageFields);
  const references = params.input_references;
  if (references === undefined) return body;
  if (!Array.isArray(references) || references.length > maxReferences) {
    throw new ValidationError(`input_references is a list of at most ${maxReferences} images (URLs, bytes, Blobs or image parts).`, { field: "input_references" });
  }
  return { ...body, input_references: await Promise.all(references.map((image, i) => toImageInputPart(image, "input_references", i))) };
}

const imageFields: FieldsOf<CreateImageParams> = {
  model: true, prompt: true, input_references: true, aspect_ratio: true, background: true, n: true, output_compression: true,
  output_format: true, quality: true, resolution: true, size: true, seed: true, provider: true, stream: true,
};
