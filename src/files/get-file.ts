import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { filePath, readFile, scopeQuery } from "./read-file.js";
import type { FileScope, StoredFile } from "./types.js";

/**
 * A file's metadata (`GET /files/{file_id}`): name, type, size, whether it can be downloaded.
 *
 * @throws {@link ValidationError} for an empty id.
 * @throws {@link ResponseValidationError} when the answer has no `id`.
 * @throws {@link APIError} (a per-status subclass; `NotFoundError` for an unknown id) when OpenRouter answers with an error.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { getFile } from "openrouter-fetch/files";
 * const file = await getFile(createClient(), "or_file_011CNha8iCJcU1wXNR6q4V8w");
 * console.log(file.filename, file.size_bytes);
 * ```
 */
export async function getFile(client: Client, id: string, scope?: FileScope, options?: RequestOptions): Promise<StoredFile> {
  const path = filePath(id);
  const { data } = await requestJSON<unknown>(callOptions(client, options), { method: "GET", path, query: scopeQuery(scope) });
  return readFile(data, `GET /${path}`);
}
