import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { breaks, dataOf } from "./check-model.js";
import { toModelQuery } from "./model-query.js";
import type { CountModelsQuery } from "./types.js";

/**
 * Counts the models matching the filters (`GET /models/count`) without downloading them. Like `listModels`,
 * the server counts text models only unless `output_modalities` says otherwise. Needs no API key.
 *
 * @throws {ValidationError} before sending, for a filter of the wrong kind.
 * @throws {ResponseValidationError} when the response has no numeric `data.count`.
 * @throws {APIError} for error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request could
 * not complete.
 * @example
 * ```ts
 * import { countModels, createClient } from "openrouter-fetch/models";
 * const all = await countModels(createClient(), { output_modalities: "all" });
 * console.log(`${all} models`);
 * ```
 */
export async function countModels(client: Client, query?: CountModelsQuery, options?: RequestOptions): Promise<number> {
  const resolved = callOptions(client, options);
  const wireQuery = toModelQuery(query, "countModels");
  const { data: body } = await requestJSON<unknown>(resolved, { method: "GET", path: "models/count", query: wireQuery, auth: "optional" });
  const data = dataOf(body, "GET /models/count", "object");
  const count = data["count"];
  if (typeof count !== "number" || !Number.isFinite(count)) breaks("GET /models/count", ["data", "count"], "is not a number", body);
  return count;
}
