import type { Client } from "../../core/client.js";
import { iteratePages } from "../list-pages.js";
import type { PaginateOptions } from "../paginate.js";
import { listUserModels } from "./list-user-models.js";
import type { UserModel } from "./types.js";

/**
 * Every model your requests may use (`GET /models/user`, page after page, the inference key), stopping at a short
 * page, `total_count`, `limit` or an abort.
 *
 * @throws {@link ValidationError} for a bad `pageSize`/`limit`, or when the client has no API key.
 * @throws {@link AuthenticationError} when the key is wrong.
 * @throws {@link ResponseValidationError} when a page's `data` is not an array of objects.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when a page
 * could not be read or the walk was aborted.
 * @example
 * ```ts
 * import { createClient, iterateUserModels } from "openrouter-fetch/platform";
 * for await (const model of iterateUserModels(createClient(), { pageSize: 200 })) console.log(model.id);
 * ```
 */
export function iterateUserModels(client: Client, options?: PaginateOptions): AsyncGenerator<UserModel, void, undefined> {
  return iteratePages((paging, requestOptions) => listUserModels(client, paging, requestOptions), options);
}
