import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { ValidationError } from "../errors/validation-error.js";
import { isRecord } from "../util/checks.js";
import { breaks, dataOf } from "./check-model.js";
import { toModelQuery } from "./model-query.js";
import type { CountModelsQuery } from "./types.js";

/**
 * Counts the models with the given output modalities (`GET /models/count`) without downloading them. Like
 * `listModels`, the server counts text models only unless `output_modalities` says otherwise. That is the only
 * filter the endpoint takes: for any other, count `(await listModels(client, query)).length`. Needs no API key.
 *
 * @throws {@link ValidationError} before sending, for a filter of the wrong kind, or one the endpoint cannot count by.
 * @throws {@link ResponseValidationError} when the response has no numeric `data.count`.
 * @throws {@link APIError} for error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request could
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
  if (isRecord(query)) {
    const others = Object.keys(query).filter((key) => key !== "output_modalities" && query[key as keyof CountModelsQuery] !== undefined);
    if (others.length > 0) {
      throw new ValidationError(
        `countModels() counts by output_modalities only: GET /models/count ignores ${others.join(", ")} and would count every model. ` +
          "Count those with (await listModels(client, query)).length.",
        { field: `query.${others[0]}` },
      );
    }
  }
  const wireQuery = toModelQuery(query, "countModels");
  const { data: body } = await requestJSON<unknown>(resolved, { method: "GET", path: "models/count", query: wireQuery, auth: "optional" });
  const data = dataOf(body, "GET /models/count", "object");
  const count = data["count"];
  if (typeof count !== "number" || !Number.isFinite(count)) breaks("GET /models/count", ["data", "count"], "is not a number", body);
  return count;
}
