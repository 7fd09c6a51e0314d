import { bytesToBase64 } from "../util/base64.js";

/**
 * The media type of some bytes, read from their first bytes (magic numbers): PNG, JPEG, GIF, WebP, AVIF, HEIC,
 * PDF, MP4, QuickTime and WebM. `undefined` when they match none of these.
 * @internal
 */
export function sniffMediaType(bytes: Uint8Array): string | undefined {
  const starts = (signature: readonly number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
  const ascii = (text: string, at = 0) => starts([...text].map((c) => c.charCodeAt(0)), at);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (ascii("GIF87a") || ascii("GIF89a")) return "image/gif";
  if (ascii("RIFF") && ascii("WEBP", 8)) return "image/webp";
  if (starts([0x1a, 0x45, 0xdf, 0xa3])) return "video/webm";
  if (ascii("ftyp", 4)) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    if (brand === "avif" || brand === "avis") return "image/avif";
    if (brand === "heic" || brand === "heix" || brand === "mif1") return "image/heic";
    return brand === "qt  " ? "video/quicktime" : "video/mp4";
  }
  // A PDF's header may follow a little junk; readers accept it within the first 1024 bytes.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "application/pdf";
  return undefined;
}

const extensionTypes: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  pdf: "application/pdf",
  mp4: "video/mp4",
  webm: "video/webm",
  mov: "video/quicktime",
};

/**
 * The media type a URL's file extension suggests, or `undefined`.
 * @internal
 */
export function mediaTypeFromUrl(url: string): string | undefined {
  const path = url.split(/[?#]/, 1)[0] ?? "";
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : extensionTypes[extension];
}

/**
 * Whether a string is an `http:` or `https:` URL.
 * @internal
 */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/**
 * Bytes as a base64 `data:` URL.
 * @internal
 */
export function toDataUrl(bytes: Uint8Array, mediaType: string): string {
  return `data:${mediaType};base64,${bytesToBase64(bytes)}`;
}

/**
 * Whether a value is a `Blob` (a `File` too). Checked without touching `Blob` where a runtime has none.
 * @internal
 */
export function isBlob(value: unknown): value is Blob {
  return typeof Blob !== "undefined" && value instanceof Blob;
}

/**
 * A Blob's bytes and type: its own `type` when it has one, else what its bytes say.
 * @internal
 */
export async function readBlob(blob: Blob): Promise<{ bytes: Uint8Array; mediaType: string | undefined }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { bytes, mediaType: blob.type || sniffMediaType(bytes) };
}
