import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeDataUrl } from "../../src/postprocess/decode-data-url.js";
import { bytesToBase64 } from "../../src/util/base64.js";

// Images arrive as base64 data URLs, decoded without Buffer. Any bytes must come back exactly, however the URL is
// written (case, parameters, URL-safe alphabet, missing padding, line breaks).

const mime = fc.oneof(fc.constantFrom("image/png", "image/jpeg", "image/webp", "audio/wav", "application/octet-stream"), fc.stringMatching(/^[a-z]{1,8}\/[a-z0-9.+-]{1,12}$/));
const bytes = fc.uint8Array({ maxLength: 3_000 });

describe("data-URL decoding on random bytes", () => {
  it("round-trips any bytes through bytesToBase64 and decodeDataUrl", () => {
    fc.assert(
      fc.property(bytes, mime, (data, type) => {
        const base64 = bytesToBase64(data);
        expect(base64).toBe(Buffer.from(data).toString("base64"));
        const decoded = decodeDataUrl(`data:${type};base64,${base64}`);
        expect(decoded?.bytes).toEqual(data);
        expect(decoded?.mimeType).toBe(type);
        expect(decoded?.base64).toBe(base64);
      }),
      { numRuns: 500 },
    );
  });

  it("reads the URL however it is written: case, parameters, URL-safe, unpadded, wrapped", () => {
    fc.assert(
      fc.property(
        bytes,
        mime,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.constantFrom("", ";charset=utf-8", ";name=a.png"),
        (data, type, upper, urlSafe, unpadded, breaks, parameters) => {
          let base64 = bytesToBase64(data);
          if (urlSafe) base64 = base64.replace(/\+/g, "-").replace(/\//g, "_");
          if (unpadded) base64 = base64.replace(/=+$/, "");
          // Line breaks and spaces at random places, as mail and some providers wrap base64.
          for (const at of breaks) base64 = `${base64.slice(0, at % (base64.length + 1))}\r\n ${base64.slice(at % (base64.length + 1))}`;
          const prefix = `data:${type}${parameters};base64,`;
          const decoded = decodeDataUrl(`${upper ? prefix.toUpperCase() : prefix}${base64}`);
          expect(decoded?.bytes).toEqual(data);
          expect(decoded?.mimeType).toBe(type);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("answers undefined, never throws, for text that is not a base64 data URL", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `data:image/png;base64,${s}`)), (text) => {
        const decoded = decodeDataUrl(text);
        if (decoded !== undefined) expect(decoded.bytes).toBeInstanceOf(Uint8Array);
      }),
      { numRuns: 1_000 },
    );
  });
});
