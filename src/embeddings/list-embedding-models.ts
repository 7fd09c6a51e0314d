import type { Client } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestModelList } from "../models/list-models.js";
import { toModelQuery } from "../models/model-query.js";
import type { Model } from "../models/types.js";
import type { EmbeddingModelsQuery } from "./types.js";

/**
 * Lists the embedding models (`GET /embeddings/models`), as the same `Model` objects {@link listModels} returns
 * (ids, pricing, context length, modalities), checked the same way. Needs no API key (the key is sent when the
 * client has one).
 *
 * @throws {@link ValidationError} before sending, for an `offset` below 0 or a `limit` outside 1–1000.
 * @throws {@link ResponseValidationError} when the response breaks a field the SDK relies on; the message names it
 * (e.g. `data[3].pricing.prompt`).
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { createClient, listEmbeddingModels } from "openrouter-fetch";
 * const models = await listEmbeddingModels(createClient());
 * for (const m of models) console.log(m.id, m.context_length, m.pricing.prompt);
 * ```
 */
export async function listEmbeddingModels(client: Client, query?: EmbeddingModelsQuery, options?: RequestOptions): Promise<Model[]> {
  return requestModelList(client, "embeddings/models", toModelQuery(query, "listEmbeddingModels"), options);
}
