import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Utf8Decoder } from "../../src/streaming/utf8-decoder.js";

// Utf8Decoder must give exactly the text of one TextDecoder fed the same reads with { stream: true }: wherever the
// reads are cut (through 2-, 3- and 4-byte code points), with a BOM at the start or in the middle, and with bytes
// that are not UTF-8 (lone continuation bytes, overlong and truncated sequences, bytes no sequence starts with).

function streaming(reads: Uint8Array[]): string {
  const decoder = new TextDecoder();
  return reads.map((read) => decoder.decode(read, { stream: true })).join("") + decoder.decode();
}

function ours(reads: Uint8Array[]): string {
  const decoder = new Utf8Decoder();
  return reads.map((read) => decoder.decode(read)).join("") + decoder.end();
}

/** `bytes` cut before each index in `cuts`. */
function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const reads: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...at, bytes.length]) {
    reads.push(bytes.slice(from, cut));
    from = cut;
  }
  return reads;
}

const text = new TextEncoder().encode("data: {\"delta\":\"héllo 🌍 — ok\"}\n\n\uFEFFdata: ü€𝄞\n\n");
const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...text]);
const invalid = new Uint8Array([0x61, 0x80, 0xbf, 0xc0, 0xaf, 0xe0, 0x80, 0x41, 0xf0, 0x9f, 0x8c, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0xff, 0xe2, 0x82]);

describe("Utf8Decoder", () => {
  it("decodes text cut at every byte the same as a streaming TextDecoder", () => {
    for (const bytes of [text, bom, invalid]) {
      for (let cut = 0; cut <= bytes.length; cut++) expect(ours(split(bytes, [cut]))).toBe(streaming(split(bytes, [cut])));
      expect(ours([...bytes].map((byte) => new Uint8Array([byte])))).toBe(new TextDecoder().decode(bytes));
    }
  });

  it("decodes any bytes, read in any pieces, the same as a streaming TextDecoder", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        expect(ours(split(bytes, cuts))).toBe(streaming(split(bytes, cuts)));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), (s, cuts) => {
        const bytes = new TextEncoder().encode(s);
        expect(ours(split(bytes, cuts))).toBe(s);
      }),
    );
  });

  it("strips a BOM at the start only, even when the first reads cut it", () => {
    expect(ours([bom.slice(0, 1), bom.slice(1, 2), bom.slice(2)])).toBe(new TextDecoder().decode(text));
    expect(ours([text.slice(0, 3), bom])).toBe(new TextDecoder().decode(text.slice(0, 3)) + "\uFEFF" + new TextDecoder().decode(text));
  });

  it("ends a code point cut at the end of the body with U+FFFD, as the streaming decoder does", () => {
    const decoder = new Utf8Decoder();
    expect(decoder.decode(new Uint8Array([0x61, 0xf0, 0x9f]))).toBe("a");
    expect(decoder.end()).toBe("\uFFFD");
  });
});
