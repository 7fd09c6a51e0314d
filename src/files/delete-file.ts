import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { filePath, readFile, scopeQuery } from "./read-file.js";
import type { DeletedFile, FileScope } from "./types.js";

/**
 * Deletes a file (`DELETE /files/{file_id}`), for good.
 *
 * @throws {@link ValidationError} for an empty id.
 * @throws {@link ResponseValidationError} when the answer has no `id`.
 * @throws {@link APIError} (a per-status subclass; `NotFoundError` for an unknown id) when OpenRouter answers with an error.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { deleteFile } from "openrouter-fetch/files";
 * const { id, type } = await deleteFile(createClient(), "or_file_011CNha8iCJcU1wXNR6q4V8w");
 * console.log(id, type); // "file_deleted"
 * ```
 */
export async function deleteFile(client: Client, id: string, scope?: FileScope, options?: RequestOptions): Promise<DeletedFile> {
  const path = filePath(id);
  const { data } = await requestJSON<unknown>(callOptions(client, options), { method: "DELETE", path, query: scopeQuery(scope) });
  return readFile<DeletedFile>(data, `DELETE /${path}`);
}
