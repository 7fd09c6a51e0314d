import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { ValidationError } from "../errors/validation-error.js";
import { isRecord } from "../util/checks.js";
import { readFile, scopeQuery } from "./read-file.js";
import type { StoredFile, UploadFileParams } from "./types.js";

/** The endpoint's limit. */
export const MAX_FILE_SIZE = 100 * 1024 * 1024;

/**
 * Uploads a file (`POST /files`, multipart) to reference later, e.g. in a chat with `filePart({ file_id })`.
 * Streams are read into a Blob once, before sending (stopping past 100 MB), so that a retry sends the same bytes
 * and never re-reads a half-consumed stream. Uploading twice stores two files, so only 408 and 429 are retried.
 *
 * @throws {@link ValidationError} before sending, for an empty file, one over 100 MB, or something that is not bytes, a
 * Blob or a stream; or when the client has no API key.
 * @throws {@link ResponseValidationError} when the answer has no file `id`.
 * @throws {@link APIError} (a per-status subclass; 413 for too large) when OpenRouter answers with an error.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { createClient } from "openrouter-fetch";
 * import { uploadFile } from "openrouter-fetch/files";
 * const file = await uploadFile(createClient(), { file: createReadStream("report.pdf"), filename: "report.pdf" });
 * console.log(file.id, file.mime_type, file.size_bytes);
 * ```
 */
export async function uploadFile(client: Client, params: UploadFileParams, options?: RequestOptions): Promise<StoredFile> {
  const resolved = callOptions(client, options);
  if (!isRecord(params)) throw new ValidationError("uploadFile() takes { file, filename? }.", { field: "params" });
  const blob = await toBlob(params.file);
  if (blob.size === 0) throw new ValidationError("file is empty: OpenRouter rejects empty files.", { field: "file" });
  const name = params.filename ?? ("name" in blob && typeof blob.name === "string" && blob.name !== "" ? blob.name : "file");
  const form = () => {
    const data = new FormData();
    data.set("file", blob, name);
    return data;
  };
  const { data } = await requestJSON<unknown>(resolved, { method: "POST", path: "files", query: scopeQuery(params), form, idempotent: false });
  return readFile(data, "POST /files");
}

async function toBlob(file: UploadFileParams["file"]): Promise<Blob> {
  if (typeof Blob !== "undefined" && file instanceof Blob) return checkSize(file.size) ?? file;
  if (file instanceof Uint8Array) return checkSize(file.length) ?? new Blob([file as Uint8Array<ArrayBuffer>]);
  const iterable = isReadableStream(file) ? readChunks(file) : isRecord(file) && Symbol.asyncIterator in file ? file : undefined;
  if (!iterable) throw new ValidationError("file takes bytes, a Blob, a ReadableStream or an async iterable of bytes.", { field: "file" });
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for await (const chunk of iterable) {
    if (!(chunk instanceof Uint8Array)) throw new ValidationError("file's stream must yield bytes (Uint8Array / Buffer), not strings.", { field: "file" });
    size += chunk.length;
    checkSize(size);
    parts.push(chunk as Uint8Array<ArrayBuffer>);
  }
  return new Blob(parts);
}

function checkSize(size: number): undefined {
  if (size > MAX_FILE_SIZE) throw new ValidationError(`file is over the 100 MB limit of POST /files (${size} bytes read).`, { field: "file" });
  return undefined;
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof ReadableStream !== "undefined" && value instanceof ReadableStream;
}

async function* readChunks(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
