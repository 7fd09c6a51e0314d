/**
 * openrouter-fetch/files: the Files API. {@link uploadFile}, {@link listFiles}, {@link getFile},
 * {@link getFileContent}, {@link deleteFile}; reference an upload in a chat with `filePart({ file_id })`.
 *
 * @module files
 */
export { uploadFile, MAX_FILE_SIZE } from "./upload-file.js";
export { listFiles } from "./list-files.js";
export { getFile } from "./get-file.js";
export { getFileContent } from "./get-file-content.js";
export { deleteFile } from "./delete-file.js";
export { createFilesFacade, type FilesFacade } from "./files-facade.js";
export type { BinaryResult } from "../core/open-binary.js";
export type { FileProvider, FileScope, UploadFileParams, StoredFile, ListFilesQuery, FileList, DeletedFile } from "./types.js";
