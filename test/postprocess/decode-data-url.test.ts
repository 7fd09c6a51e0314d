import { describe, expect, it, vi } from "vitest";
import { decodeDataUrl } from "../../src/postprocess/index.js";
import { bytesToBase64 } from "../../src/util/base64.js";

describe("decodeDataUrl", () => {
  it("decodes without Node's Buffer", () => {
    vi.stubGlobal("Buffer", undefined);
    try {
      const image = decodeDataUrl("data:image/jpeg;base64,/9j/4AAQ");
      expect(image?.mimeType).toBe("image/jpeg");
      expect(Array.from(image?.bytes ?? [])).toEqual([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("round-trips every byte value", () => {
    const bytes = new Uint8Array(256 * 3).map((_, i) => i % 256);
    const decoded = decodeDataUrl(`data:application/octet-stream;base64,${bytesToBase64(bytes)}`);
    expect(decoded?.bytes).toEqual(bytes);
  });

  it("accepts extra parameters and URL-safe base64", () => {
    expect(decodeDataUrl("data:image/png;name=a.png;base64,-_8=")?.bytes).toEqual(new Uint8Array([0xfb, 0xff]));
  });

  it("returns undefined for URLs that are not base64 data URLs", () => {
    expect(decodeDataUrl("https://example.com/a.png")).toBeUndefined();
    expect(decodeDataUrl("data:text/plain,hello")).toBeUndefined();
  });
});
