// Base64 without Node's Buffer, so that the SDK runs unchanged in browsers, Deno and Workers.

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
