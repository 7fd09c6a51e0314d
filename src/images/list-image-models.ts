import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { breaks, dataOf } from "../models/check-model.js";
import { checkCapabilities, checkModalities, requireString } from "./check-image-model.js";
import type { ImageModel } from "./native-types.js";

/**
 * Lists the models of the native image API (`GET /images/models`): for each, its modalities, whether it streams,
 * and the union of the request parameters its endpoints accept (`supported_parameters`, by name: an enum's
 * values, a range's bounds, or a flag). Needs no API key (the key is sent when the client has one).
 *
 * @throws {@link ResponseValidationError} when the response breaks a field the SDK relies on; the message names it
 * (e.g. `data[2].supported_parameters.resolution`).
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { createClient, listImageModels } from "openrouter-fetch";
 * const models = await listImageModels(createClient());
 * for (const m of models) console.log(m.id, m.supports_streaming, Object.keys(m.supported_parameters ?? {}));
 * ```
 */
export async function listImageModels(client: Client, options?: RequestOptions): Promise<ImageModel[]> {
  const resolved = callOptions(client, options);
  const what = "GET /images/models";
  const { data: body } = await requestJSON<unknown>(resolved, { method: "GET", path: "images/models", auth: "optional" });
  const models = dataOf(body, what, "array");
  models.forEach((model, i) => {
    const path = ["data", i];
    if (typeof model !== "object" || model === null || Array.isArray(model)) breaks(what, path, "is not a model object", model);
    const item = model as Record<string, unknown>;
    requireString(item["id"], what, [...path, "id"], item);
    requireString(item["name"], what, [...path, "name"], item);
    checkModalities(item["architecture"], what, [...path, "architecture"], item);
    checkCapabilities(item["supported_parameters"], what, [...path, "supported_parameters"], item);
  });
  return models as ImageModel[];
}
