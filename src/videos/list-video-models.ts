import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { brokenField } from "../errors/response-validation-error.js";
import { isRecord } from "../util/checks.js";
import type { VideoModel } from "./types.js";

/**
 * The video generation models (`GET /videos/models`) with what each supports: resolutions, aspect ratios,
 * durations, first/last frames, audio, seeds, and their prices. A public list: sent with the key when there is one.
 *
 * @throws {@link ResponseValidationError} when the answer has no `data` list or a model without an `id`.
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { listVideoModels } from "openrouter-fetch/videos";
 * for (const m of await listVideoModels(createClient())) console.log(m.id, m.supported_durations);
 * ```
 */
export async function listVideoModels(client: Client, options?: RequestOptions): Promise<VideoModel[]> {
  const { data } = await requestJSON<unknown>(callOptions(client, options), { method: "GET", path: "videos/models", auth: "optional" });
  const list = isRecord(data) ? data["data"] : undefined;
  if (!Array.isArray(list)) throw brokenField("GET /videos/models", ["data"], "is not a list", data);
  list.forEach((model, i) => {
    if (!isRecord(model) || typeof model["id"] !== "string") throw brokenField("GET /videos/models", ["data", i, "id"], "is missing", data);
  });
  return list as VideoModel[];
}
