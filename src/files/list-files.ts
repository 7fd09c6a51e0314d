import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { brokenField } from "../errors/response-validation-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { isRecord, isWholeNumber } from "../util/checks.js";
import { readFile, scopeQuery } from "./read-file.js";
import type { FileList, ListFilesQuery } from "./types.js";

/**
 * A page of the workspace's files (`GET /files`). Pass the page's `cursor` back for the next one while
 * `has_more` is true.
 *
 * @throws {@link ValidationError} for a `limit` outside 1–1000.
 * @throws {@link ResponseValidationError} when the answer has no `data` list or a file without an `id`.
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { listFiles } from "openrouter-fetch/files";
 * const client = createClient();
 * let page = await listFiles(client, { limit: 100 });
 * for (const file of page.data) console.log(file.id, file.filename);
 * if (page.has_more && page.cursor) page = await listFiles(client, { cursor: page.cursor });
 * ```
 */
export async function listFiles(client: Client, query: ListFilesQuery = {}, options?: RequestOptions): Promise<FileList> {
  const resolved = callOptions(client, options);
  if (query.limit !== undefined && !isWholeNumber(query.limit, 1, 1000)) {
    throw new ValidationError(`limit is a whole number from 1 to 1000, got ${String(query.limit)}.`, { field: "limit" });
  }
  const { limit, cursor, after, order } = query;
  const { data } = await requestJSON<unknown>(resolved, { method: "GET", path: "files", query: { ...scopeQuery(query), limit, cursor, after, order } });
  const list = isRecord(data) ? data["data"] : undefined;
  if (!Array.isArray(list)) throw brokenField("GET /files", ["data"], "is not a list", data);
  list.forEach((_, i) => readFile(data, "GET /files", ["data", i]));
  return data as FileList;
}
