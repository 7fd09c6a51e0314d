import { type Client, callOptions } from "../core/client.js";
import { type BinaryResult, requestBinary } from "../core/open-binary.js";
import type { RequestOptions } from "../core/options.js";
import { filePath, scopeQuery } from "./read-file.js";
import type { FileScope } from "./types.js";

/**
 * A file's bytes (`GET /files/{file_id}/content`), with their type. Only files made server-side can be downloaded:
 * an uploaded file answers 400 (`BadRequestError`). A 200 is the file whatever its type: a JSON (or HTML) file comes
 * back as its bytes, never read as an error. `timeout` covers the wait for the first bytes, `idleTimeout` any
 * silence after.
 *
 * @throws {@link ValidationError} for an empty id.
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error status.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the bytes could not be read.
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { createClient } from "openrouter-fetch";
 * import { getFileContent } from "openrouter-fetch/files";
 * const { bytes, mimeType } = await getFileContent(createClient(), "or_file_011CNha8iCJcU1wXNR6q4V8w");
 * await writeFile("download.bin", bytes);
 * console.log(mimeType);
 * ```
 */
export async function getFileContent(client: Client, id: string, scope?: FileScope, options?: RequestOptions): Promise<BinaryResult> {
  return requestBinary(callOptions(client, options), { method: "GET", path: filePath(id, "/content"), query: scopeQuery(scope), successBody: "any" }, "the file's bytes");
}
