import type { DecodedImage } from "../chat/types.js";

const dataUrlPattern = /^data:([^;,]+)?((?:;[^;,]+)*?);base64,/i;

/**
 * Decodes a base64 `data:` URL into bytes and its mime type. Works without Node's `Buffer` (browsers, Deno,
 * Workers). Returns `undefined` for anything that is not a base64 data URL.
 *
 * @example
 * ```ts
 * import { decodeDataUrl } from "openrouter-fetch/postprocess";
 * const image = decodeDataUrl("data:image/png;base64,iVBORw0KGgo=");
 * console.log(image?.mimeType, image?.bytes.length); // "image/png" 8
 * ```
 */
export function decodeDataUrl(dataUrl: string): DecodedImage | undefined {
  const match = dataUrlPattern.exec(dataUrl);
  if (!match) return undefined;
  const base64 = dataUrl.slice(match[0].length).replace(/\s+/g, "");
  const bytes = base64ToBytes(base64);
  if (bytes === undefined) return undefined;
  return { mimeType: (match[1] ?? "application/octet-stream").toLowerCase(), base64, bytes, dataUrl };
}

/**
 * Decodes standard or URL-safe base64 into bytes; `undefined` when the text is not base64.
 * @internal
 */
export function base64ToBytes(base64: string): Uint8Array | undefined {
  const normalized = base64.replace(/-/g, "+").replace(/_/g, "/");
  let binary: string;
  try {
    binary = atob(normalized);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Encodes bytes as base64 without Node's `Buffer`.
 * @internal
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  // Chunks keep String.fromCharCode's argument list under engine limits for large images.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
