import { ValidationError } from "../errors/validation-error.js";
import type { AudioPart, FilePart, VideoPart } from "../types/content-parts.js";
import { bytesToBase64 } from "../util/base64.js";
import { type PartFor, bytesUrl, checkUrl } from "./content-parts.js";
import { isBlob, isHttpUrl, readBlob } from "./media-type.js";

/** How a file is sent. */
export interface FilePartOptions {
  /** The name the model sees. @default the File's name, the URL's last segment, else "document.pdf" */
  filename?: string;
  /** The file's type when its bytes are not a PDF (otherwise read from the bytes or the Blob). */
  mimeType?: string;
}

/**
 * A file part: a PDF (or another file the model reads) by public URL, `data:` URL, bytes or `Blob`, or an upload of
 * the Files API by id (`filePart({ file_id })`, the `id` `uploadFile()` returned). PDFs work on
 * every model: when the model cannot read files, OpenRouter's `file-parser` plugin extracts the text. To choose its
 * engine, add `plugins: [fileParserPlugin({ pdf: { engine: "cloudflare-ai" } })]` (from `openrouter-fetch/routing`)
 * to the request; `cloudflare-ai` is free, `mistral-ocr` reads scans. A Blob gives a Promise.
 *
 * @throws {@link ValidationError} for a string that is neither an http(s) nor a base64 data URL, empty bytes, or bytes of
 * unknown type without `mimeType`.
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { filePart, userMessage } from "openrouter-fetch/images";
 * const message = userMessage("Summarise this report.", filePart(await readFile("report.pdf"), { filename: "report.pdf" }));
 * const uploaded = userMessage("And this one?", filePart({ file_id: "or_file_011CNha8iCJcU1wXNR6q4V8w" }));
 * ```
 */
export function filePart<Source extends string | Uint8Array | Blob | { file_id: string }>(source: Source, options: FilePartOptions = {}): PartFor<Source, FilePart> {
  if (options.filename !== undefined && (typeof options.filename !== "string" || options.filename.trim() === "")) {
    throw new ValidationError("filePart() filename must be a non-empty string.", { field: "filename" });
  }
  const build = (file_data: string, name: string | undefined): FilePart => ({
    type: "file",
    file: { filename: options.filename ?? name ?? defaultName(file_data), file_data },
  });
  if (typeof source === "object" && source !== null && "file_id" in source) {
    // An upload of the Files API (`uploadFile()`): referenced by id, its bytes are not sent again.
    if (typeof source.file_id !== "string" || source.file_id.trim() === "") throw new ValidationError("filePart() file_id must be a non-empty string.", { field: "file_id" });
    const file = options.filename === undefined ? { file_id: source.file_id } : { file_id: source.file_id, filename: options.filename };
    return { type: "file", file } as PartFor<Source, FilePart>;
  }
  if (isBlob(source)) {
    const name = "name" in source && typeof source.name === "string" && source.name !== "" ? source.name : undefined;
    return readBlob(source).then(({ bytes, mediaType }) => build(bytesUrl("filePart", "", bytes, options.mimeType ?? mediaType), name)) as PartFor<Source, FilePart>;
  }
  if (typeof source === "string") {
    const url = checkUrl("filePart", "", source);
    return build(url, isHttpUrl(url) ? lastSegment(url) : undefined) as PartFor<Source, FilePart>;
  }
  return build(bytesUrl("filePart", "", source as Uint8Array, options.mimeType), undefined) as PartFor<Source, FilePart>;
}

/**
 * An audio part (`input_audio`) from the audio's bytes, a `Blob`, or its base64 (a `data:` URL works too). The API
 * takes base64 only, so URLs are refused. `format` is the wire's: `wav`, `mp3`, `flac`, `m4a`, `ogg`, `aiff`, `aac`,
 * `pcm16`, `pcm24` (which ones work depends on the provider). A Blob gives a Promise.
 *
 * @throws {@link ValidationError} for an http(s) URL, text that is not base64, empty bytes, or a missing `format`.
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { audioPart, userMessage } from "openrouter-fetch/images";
 * const message = userMessage("Transcribe this.", audioPart(await readFile("note.wav"), "wav"));
 * ```
 */
export function audioPart<Source extends string | Uint8Array | Blob>(source: Source, format: AudioPart["input_audio"]["format"]): PartFor<Source, AudioPart> {
  if (typeof format !== "string" || format.trim() === "") {
    throw new ValidationError('audioPart() needs the audio format, e.g. audioPart(bytes, "wav") or "mp3".', { field: "format" });
  }
  const build = (data: string): AudioPart => ({ type: "input_audio", input_audio: { data, format } });
  if (isBlob(source)) return readBlob(source).then(({ bytes }) => build(audioBase64(bytes))) as PartFor<Source, AudioPart>;
  if (typeof source !== "string") return build(audioBase64(source as Uint8Array)) as PartFor<Source, AudioPart>;
  if (isHttpUrl(source)) {
    throw new ValidationError("audioPart() cannot send an audio URL: the API takes base64 audio only. Download it and pass the bytes.", { field: "source" });
  }
  const base64 = source.startsWith("data:") ? source.slice(source.indexOf(",") + 1) : source;
  if (base64 === "" || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(base64)) {
    throw new ValidationError("audioPart() takes bytes, a Blob, or base64 text (optionally a data: URL); this string is none of them.", { field: "source" });
  }
  return build(base64) as PartFor<Source, AudioPart>;
}

/**
 * A video part (`video_url`) from a URL, a `data:video/…` URL, bytes or a `Blob` (MP4, QuickTime and WebM are read
 * from the bytes; pass `mimeType` for others). Providers differ: Gemini on AI Studio takes YouTube links only,
 * Vertex takes data URLs only. A Blob gives a Promise.
 *
 * @throws {@link ValidationError} for a string that is neither an http(s) nor a video data URL, or bytes of unknown type.
 * @example
 * ```ts
 * import { userMessage, videoPart } from "openrouter-fetch/images";
 * const message = userMessage("What happens in this video?", videoPart("https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
 * ```
 */
export function videoPart<Source extends string | Uint8Array | Blob>(source: Source, options: { mimeType?: string } = {}): PartFor<Source, VideoPart> {
  const build = (url: string): VideoPart => ({ type: "video_url", video_url: { url } });
  if (isBlob(source)) {
    return readBlob(source).then(({ bytes, mediaType }) => build(bytesUrl("videoPart", "video/", bytes, options.mimeType ?? mediaType))) as PartFor<Source, VideoPart>;
  }
  if (typeof source === "string") return build(checkUrl("videoPart", "video/", source)) as PartFor<Source, VideoPart>;
  return build(bytesUrl("videoPart", "video/", source as Uint8Array, options.mimeType)) as PartFor<Source, VideoPart>;
}

function audioBase64(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
    throw new ValidationError("audioPart() got no bytes: pass a non-empty Uint8Array (a Node Buffer works) or a Blob.", { field: "source" });
  }
  return bytesToBase64(bytes);
}

function lastSegment(url: string): string | undefined {
  const segment = url.split(/[?#]/, 1)[0]?.split("/").pop();
  if (!segment) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function defaultName(fileData: string): string {
  return /^data:application\/pdf[;,]/i.test(fileData) || isHttpUrl(fileData) ? "document.pdf" : "file";
}
