import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { checkModel, dataOf } from "./check-model.js";
import { modelPath } from "./model-query.js";
import type { Model } from "./types.js";

/**
 * Gets one model (`GET /model/{author}/{slug}`). The id may carry a variant (`"openai/gpt-oss-20b:free"`), and
 * aliases resolve on the server. Works for every modality (no `output_modalities` needed). Needs no API key.
 *
 * @throws {@link ValidationError} before sending, when the id is not `author/slug`.
 * @throws {@link NotFoundError} when OpenRouter knows no such model.
 * @throws {@link ResponseValidationError} when the response breaks a field the SDK relies on (named in the message).
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, getModel } from "openrouter-fetch/models";
 * const model = await getModel(createClient(), "openai/gpt-4.1-nano");
 * console.log(model.context_length, model.pricing.prompt);
 * ```
 */
export async function getModel(client: Client, id: string, options?: RequestOptions): Promise<Model> {
  const resolved = callOptions(client, options);
  const path = `model/${modelPath(id, "getModel")}`;
  const { data: body } = await requestJSON<unknown>(resolved, { method: "GET", path, auth: "optional" });
  return checkModel(dataOf(body, `GET /${path}`, "object"), `GET /${path}`, ["data"]);
}
