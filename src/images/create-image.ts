import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { toCreateImageResult } from "./native-image-result.js";
import type { CreateImageParams, CreateImageResult } from "./native-types.js";
import { prepareImage } from "./prepare-image.js";

/**
 * Generates images through OpenRouter's native image API (`POST /images`,
 * https://openrouter.ai/docs/api/api-reference/images/generate) and returns them decoded, as {@link generateImage}
 * does: bytes, base64, mimeType, dataUrl and `toBlob()`. The body is sent under its wire names; `input_references`
 * may be given as https or data URLs, bytes or Blobs, and are sent as `image_url` parts.
 *
 * {@link streamImage} streams the same request's partial images. This is the explicit native route: {@link generateImage} stays on chat completions (see docs/images.md for which
 * to use). {@link listImageModels} lists the models this endpoint serves and the parameters each accepts.
 *
 * @throws {@link ValidationError} before sending: no model or prompt, `n` outside 1–10, more than 16 or unreadable
 * `input_references`, `stream: true` (use {@link streamImage}), or no API key.
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
  const body = await prepareImage(params, "createImage");
  const { data, headers } = await requestJSON<unknown>(resolved, { method: "POST", path: "images", body, auth: "required" });
  return toCreateImageResult(data, body.model, headers, resolved);
}
