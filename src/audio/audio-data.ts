import { ValidationError } from "../errors/validation-error.js";
import { bytesToBase64 } from "../util/base64.js";
import type { AudioSource } from "./types.js";

/**
 * Audio as the wire's base64: bytes and Blobs are encoded, base64 text is checked (a `data:` URL is kept whole
 * when `keepDataUrl`, otherwise cut to its base64).
 * @internal
 */
export async function audioBase64(source: AudioSource, field: string, keepDataUrl = false): Promise<string> {
  if (isBlob(source)) source = new Uint8Array(await source.arrayBuffer());
  if (source instanceof Uint8Array) {
    if (source.length === 0) throw new ValidationError(`${field} is empty: pass the audio's bytes.`, { field });
    return bytesToBase64(source);
  }
  if (typeof source !== "string") throw new ValidationError(`${field} takes bytes, a Blob or base64 text.`, { field });
  if (/^https?:\/\//i.test(source)) {
    throw new ValidationError(`${field} cannot be a URL: the API takes the audio itself. Download it and pass the bytes.`, { field });
  }
  const base64 = source.startsWith("data:") ? source.slice(source.indexOf(",") + 1) : source;
  if (base64 === "" || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(base64)) {
    throw new ValidationError(`${field} takes bytes, a Blob, or base64 text (optionally a data: URL); this string is none of them.`, { field });
  }
  return keepDataUrl ? source : base64;
}

/** @internal */
export function isBlob(value: unknown): value is Blob {
  return typeof Blob !== "undefined" && value instanceof Blob;
}
