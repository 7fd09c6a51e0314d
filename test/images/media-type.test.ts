import { describe, expect, it } from "vitest";
import { isBlob, isHttpUrl, mediaTypeFromUrl, readBlob, sniffMediaType, toDataUrl } from "../../src/images/media-type.js";

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === "string" ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe("sniffMediaType()", () => {
  it("names the formats a user attaches by their magic bytes", () => {
    expect(sniffMediaType(bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("image/png");
    expect(sniffMediaType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(sniffMediaType(bytes("GIF89a"))).toBe("image/gif");
    expect(sniffMediaType(bytes("GIF87a"))).toBe("image/gif");
    expect(sniffMediaType(bytes("RIFF", 0, 0, 0, 0, "WEBP"))).toBe("image/webp");
    expect(sniffMediaType(bytes(0x1a, 0x45, 0xdf, 0xa3))).toBe("video/webm");
  });

  it("tells ISO media files apart by their ftyp brand", () => {
    expect(sniffMediaType(bytes(0, 0, 0, 0x18, "ftypavif"))).toBe("image/avif");
    expect(sniffMediaType(bytes(0, 0, 0, 0x18, "ftypheic"))).toBe("image/heic");
    expect(sniffMediaType(bytes(0, 0, 0, 0x18, "ftypqt  "))).toBe("video/quicktime");
    expect(sniffMediaType(bytes(0, 0, 0, 0x18, "ftypisom"))).toBe("video/mp4");
  });

  it("finds a PDF header after a little junk, and gives up on bytes it does not know", () => {
    expect(sniffMediaType(bytes("\n\n%PDF-1.7"))).toBe("application/pdf");
    expect(sniffMediaType(bytes("hello"))).toBeUndefined();
    expect(sniffMediaType(new Uint8Array())).toBeUndefined();
  });
});

describe("mediaTypeFromUrl()", () => {
  it("reads the extension of the path, in any letter case, ignoring query and fragment", () => {
    expect(mediaTypeFromUrl("https://example.com/cat.JPG?size=large#top")).toBe("image/jpeg");
    expect(mediaTypeFromUrl("https://example.com/paper.pdf")).toBe("application/pdf");
    expect(mediaTypeFromUrl("https://example.com/clip.mov")).toBe("video/quicktime");
  });

  it("gives undefined for an unknown or missing extension", () => {
    expect(mediaTypeFromUrl("https://example.com/archive.zip")).toBeUndefined();
    expect(mediaTypeFromUrl("https://example.com/image?format=png")).toBeUndefined();
  });
});

describe("isHttpUrl(), toDataUrl(), isBlob() and readBlob()", () => {
  it("tells http(s) URLs from data URLs and paths", () => {
    expect(isHttpUrl("HTTPS://example.com/a.png")).toBe(true);
    expect(isHttpUrl("http://127.0.0.1/a.png")).toBe(true);
    expect(isHttpUrl("data:image/png;base64,AAAA")).toBe(false);
    expect(isHttpUrl("./cat.png")).toBe(false);
  });

  it("writes bytes as a base64 data URL", () => {
    expect(toDataUrl(bytes("hi"), "text/plain")).toBe("data:text/plain;base64,aGk=");
  });

  it("reads a Blob's bytes, taking its type or else sniffing one", async () => {
    const png = bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a);
    expect(isBlob(new Blob([png]))).toBe(true);
    expect(isBlob(png)).toBe(false);
    expect(await readBlob(new Blob([png]))).toEqual({ bytes: png, mediaType: "image/png" });
    expect((await readBlob(new Blob([png], { type: "image/x-custom" }))).mediaType).toBe("image/x-custom");
    expect((await readBlob(new Blob(["??"]))).mediaType).toBeUndefined();
  });
});
