import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { base64ToBytes, bytesToBase64 } from "../../src/util/base64.js";

describe("bytesToBase64", () => {
  it("writes standard, padded base64, as Buffer does", () => {
    expect(bytesToBase64(new Uint8Array([]))).toBe("");
    expect(bytesToBase64(new Uint8Array([0xfb, 0xff]))).toBe("+/8=");
    expect(bytesToBase64(new TextEncoder().encode("hello"))).toBe("aGVsbG8=");
  });

  it("works without Node's Buffer, as in a browser or a Worker", () => {
    vi.stubGlobal("Buffer", undefined);
    try {
      expect(bytesToBase64(new Uint8Array([1, 2, 3]))).toBe("AQID");
      expect(base64ToBytes("AQID")).toEqual(new Uint8Array([1, 2, 3]));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe("base64ToBytes", () => {
  it("decodes standard and URL-safe base64 alike", () => {
    expect(base64ToBytes("+/8=")).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(base64ToBytes("-_8=")).toEqual(new Uint8Array([0xfb, 0xff]));
  });

  it("decodes base64 without its padding", () => {
    expect(base64ToBytes("aGVsbG8")).toEqual(new TextEncoder().encode("hello"));
  });

  it("answers undefined, rather than throwing, for text that is not base64", () => {
    expect(base64ToBytes("%%%")).toBeUndefined();
    expect(base64ToBytes("a")).toBeUndefined();
  });
});

describe("base64 on random bytes", () => {
  it("round-trips large images across the encoder's 32 KiB slices", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0x8000 - 3, maxLength: 0x8000 * 3 + 5 }), (data) => {
        expect(base64ToBytes(bytesToBase64(data))).toEqual(data);
      }),
      { numRuns: 20 },
    );
  });
});
