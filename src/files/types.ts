// Wire types of /files, named as in OpenRouter's OpenAPI document (OpenRouterFile, OpenRouterFileList,
// FileDeleteResponse). The document lets a request negotiate OpenAI- or Anthropic-shaped answers; the SDK reads
// the OpenRouter shape and passes every other field through.

/** Store or read the file on this provider with your own key for it (BYOK); omit for OpenRouter storage. */
export type FileProvider = "openai" | "anthropic" | (string & {});

/** The query every `/files` call takes. */
export interface FileScope {
  /** The workspace; defaults to the key's. */
  workspace_id?: string;
  provider?: FileProvider;
}

/** `POST /files`: what to upload. */
export interface UploadFileParams extends FileScope {
  /**
   * The file: bytes, a `Blob` / `File`, or a stream (`ReadableStream<Uint8Array>` or any `AsyncIterable<Uint8Array>`,
   * a Node `fs.createReadStream()` included). A stream is read into memory once, before sending, so that a retry
   * never re-reads a half-consumed stream. At most 100 MB; PDF, PNG/JPEG/GIF/WebP, DOCX/XLSX/PPTX, MP3/WAV/FLAC/OGG
   * or UTF-8 text (the type is read from the bytes).
   */
  file: Uint8Array | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
  /** The name it is stored under. @default a File's own name, else "file" */
  filename?: string;
}

/** A stored file; unknown fields (and the other shapes' fields) pass through. */
export interface StoredFile {
  id: string;
  type?: "file" | (string & {});
  filename?: string;
  mime_type?: string;
  size_bytes?: number;
  /** ISO 8601. */
  created_at?: string;
  /** Only files made server-side can be downloaded; uploads cannot. */
  downloadable?: boolean;
  [key: string]: unknown;
}

/** `GET /files`: which page. */
export interface ListFilesQuery extends FileScope {
  /** 1–1000. */
  limit?: number;
  /** The `cursor` of the previous page. */
  cursor?: string;
  /** OpenAI-style: the id to list after. */
  after?: string;
  order?: "asc" | "desc";
}

/** A page of files. */
export interface FileList {
  data: StoredFile[];
  has_more?: boolean;
  /** For the next page; `null` at the end. */
  cursor?: string | null;
  first_id?: string | null;
  last_id?: string | null;
  [key: string]: unknown;
}

/** What `DELETE /files/{file_id}` answers. */
export interface DeletedFile {
  id: string;
  type?: "file_deleted" | (string & {});
  [key: string]: unknown;
}
