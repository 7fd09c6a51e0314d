import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { type ListQuery, pagingQuery } from "../list-pages.js";
import { platformRequest } from "../platform-request.js";
import { readList } from "../read-body.js";
import type { UserModelsPage } from "./types.js";

/**
 * One page of the models **your** requests may use (`GET /models/user`, the inference key): the catalog filtered
 * by your provider preferences, privacy settings and guardrails. {@link iterateUserModels} walks every page.
 *
 * @throws {@link ValidationError} before sending, for a bad `offset`/`limit`, or when the client has no API key.
 * @throws {@link AuthenticationError} when the key is wrong.
 * @throws {@link ResponseValidationError} when `data` is not an array of objects.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listUserModels } from "openrouter-fetch/platform";
 * const page = await listUserModels(createClient(), { limit: 50 });
 * console.log(page.total_count, page.data.map((m) => m.id));
 * ```
 */
export async function listUserModels(client: Client, query?: ListQuery, options?: RequestOptions): Promise<UserModelsPage> {
  const body = await platformRequest<unknown>(client, "required", { method: "GET", path: "models/user", query: { ...pagingQuery(query) } }, options);
  return readList<UserModelsPage>(body, "GET /models/user");
}
