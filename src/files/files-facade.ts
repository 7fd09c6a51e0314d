import type { Client } from "../core/client.js";
import type { BinaryResult } from "../core/open-binary.js";
import type { RequestOptions } from "../core/options.js";
import { deleteFile } from "./delete-file.js";
import { getFileContent } from "./get-file-content.js";
import { getFile } from "./get-file.js";
import { listFiles } from "./list-files.js";
import type { DeletedFile, FileList, FileScope, ListFilesQuery, StoredFile, UploadFileParams } from "./types.js";
import { uploadFile } from "./upload-file.js";

/** The file endpoints bound to a client: `createOpenRouter().files`. */
export interface FilesFacade {
  /** {@link uploadFile} with this client. */
  upload(params: UploadFileParams, options?: RequestOptions): Promise<StoredFile>;
  /** {@link listFiles} with this client. */
  list(query?: ListFilesQuery, options?: RequestOptions): Promise<FileList>;
  /** {@link getFile} with this client. */
  get(id: string, scope?: FileScope, options?: RequestOptions): Promise<StoredFile>;
  /** {@link getFileContent} with this client. */
  content(id: string, scope?: FileScope, options?: RequestOptions): Promise<BinaryResult>;
  /** {@link deleteFile} with this client. */
  delete(id: string, scope?: FileScope, options?: RequestOptions): Promise<DeletedFile>;
}

/**
 * The file methods of the facade, each one line delegating to its standalone function.
 *
 * @throws nothing itself; each method throws what its function throws.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { createFilesFacade } from "openrouter-fetch/files";
 * const files = createFilesFacade(createClient());
 * const { data } = await files.list({ limit: 10 });
 * ```
 */
export function createFilesFacade(client: Client): FilesFacade {
  return {
    upload: (params, o) => uploadFile(client, params, o),
    list: (query, o) => listFiles(client, query, o),
    get: (id, scope, o) => getFile(client, id, scope, o),
    content: (id, scope, o) => getFileContent(client, id, scope, o),
    delete: (id, scope, o) => deleteFile(client, id, scope, o),
  };
}
