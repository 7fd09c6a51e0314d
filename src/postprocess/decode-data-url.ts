import type { DecodedImage } from "../types/chat-result.js";
import { base64ToBytes } from "../util/base64.js";

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
