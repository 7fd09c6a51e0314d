import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { checkModel, dataOf } from "./check-model.js";
import { toModelQuery } from "./model-query.js";
import type { ListModelsQuery, Model } from "./types.js";

/**
 * Lists the catalog (`GET /models`), with OpenRouter's own filters sent under the wire's names. Needs no API key
 * (the key is sent when the client has one).
 *
 * **The server leaves out non-text models unless asked**: pass `output_modalities: "image"` (or `"embeddings"`,
 * or `"all"`) to see image, audio and embedding models.
 *
 * Only the fields the SDK relies on are checked (ids, names, prices, modalities); unknown and missing optional
 * fields pass through as received.
 *
 * @throws {@link ValidationError} before sending, for a filter of the wrong kind (`limit` out of 1–1000, …).
 * @throws {@link ResponseValidationError} when the response breaks a field the SDK relies on; the message names it
 * (e.g. `data[3].pricing.prompt`).
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { createClient, listModels } from "openrouter-fetch/models";
 * const client = createClient();
 * const withTools = await listModels(client, { supported_parameters: ["tools"], input_modalities: "image" });
 * const imageModels = await listModels(client, { output_modalities: "image" });
 * console.log(withTools.length, imageModels.map((m) => m.id));
 * ```
 */
export async function listModels(client: Client, query?: ListModelsQuery, options?: RequestOptions): Promise<Model[]> {
  return requestModelList(client, "models", toModelQuery(query, "listModels"), options);
}

/**
 * A `{ data: Model[] }` list (`GET /models`, `GET /embeddings/models`), every model checked in place.
 * @internal
 */
export async function requestModelList(client: Client, path: string, query: ReturnType<typeof toModelQuery>, options?: RequestOptions): Promise<Model[]> {
  const resolved = callOptions(client, options);
  const what = `GET /${path}`;
  const { data: body } = await requestJSON<unknown>(resolved, { method: "GET", path, query, auth: "optional" });
  const models = dataOf(body, what, "array");
  for (let i = 0; i < models.length; i++) checkModel(models[i], what, ["data", i]);
  return models as Model[];
}
