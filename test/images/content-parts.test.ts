import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/index.js";
import { filePart, imagePart, textPart, userMessage } from "../../src/images/index.js";
import { refused } from "../helpers/thrown.js";

/** What goes on the wire. */
const wire = (value: unknown) => JSON.parse(JSON.stringify(value));
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const gif = new Uint8Array([...Buffer.from("GIF89a"), 1, 0]);
const webp = new Uint8Array([...Buffer.from("RIFF"), 0, 0, 0, 0, ...Buffer.from("WEBPVP8 ")]);
const pdf = new Uint8Array(Buffer.from("%PDF-1.7\n%âãÏÓ\n"));

describe("textPart", () => {
  it("is a text part, with cache_control when given", () => {
    expect(wire(textPart("hi"))).toEqual({ type: "text", text: "hi" });
    expect(wire(textPart("long context", { cache_control: { type: "ephemeral", ttl: "1h" } }))).toEqual({
      type: "text",
      text: "long context",
      cache_control: { type: "ephemeral", ttl: "1h" },
    });
  });
});

describe("imagePart", () => {
  it("sends an https URL as it is, with detail when given", () => {
    expect(wire(imagePart("https://example.com/cat.png"))).toEqual({ type: "image_url", image_url: { url: "https://example.com/cat.png" } });
    expect(wire(imagePart("https://example.com/cat.png", { detail: "low" }))).toEqual({
      type: "image_url",
      image_url: { url: "https://example.com/cat.png", detail: "low" },
    });
  });

  it("turns bytes into a data URL whose mime type is read from the bytes", () => {
    for (const [bytes, type] of [[png, "image/png"], [jpeg, "image/jpeg"], [gif, "image/gif"], [webp, "image/webp"]] as const) {
      expect(wire(imagePart(bytes))).toEqual({ type: "image_url", image_url: { url: `data:${type};base64,${b64(bytes)}` } });
    }
  });

  it("accepts a Node Buffer as bytes", () => {
    expect(imagePart(Buffer.from(png)).image_url.url).toBe(`data:image/png;base64,${b64(png)}`);
  });

  it("uses an explicit mimeType for bytes it cannot read", () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(imagePart(bytes, { mimeType: "image/bmp" }).image_url.url).toBe(`data:image/bmp;base64,${b64(bytes)}`);
  });

  it("reads a Blob asynchronously, using its type", async () => {
    const part = imagePart(new Blob([jpeg], { type: "image/jpeg" }), { detail: "high" });
    expect(part).toBeInstanceOf(Promise);
    expect(wire(await part)).toEqual({ type: "image_url", image_url: { url: `data:image/jpeg;base64,${b64(jpeg)}`, detail: "high" } });
  });

  it("sniffs a Blob that has no type", async () => {
    expect((await imagePart(new Blob([png]))).image_url.url).toBe(`data:image/png;base64,${b64(png)}`);
  });

  it("passes an image data URL through", () => {
    const url = `data:image/png;base64,${b64(png)}`;
    expect(imagePart(url).image_url.url).toBe(url);
  });

  it("refuses a file path, saying how to send a local file", () => {
    expect(refused(() => imagePart("./cat.png"), "source").message).toContain("readFile");
  });

  it("refuses bytes of unknown type without mimeType", () => {
    expect(refused(() => imagePart(new Uint8Array([1, 2, 3])), "mimeType").message).toContain("mimeType");
  });

  it("refuses a PDF, pointing to filePart", () => {
    expect(refused(() => imagePart(pdf), "source").message).toContain("filePart");
  });

  it("refuses empty bytes, a non-image data URL and an unknown detail", () => {
    refused(() => imagePart(new Uint8Array(0)), "source");
    refused(() => imagePart("data:application/pdf;base64,JVBERi0="), "source");
    refused(() => imagePart("https://example.com/a.png", { detail: "ultra" as never }), "detail");
  });

  it("rejects the Promise of a Blob it cannot read as an image", async () => {
    await expect(imagePart(new Blob([new Uint8Array([1, 2, 3])]))).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("userMessage", () => {
  it("makes a user message, strings becoming text parts, in the order given", () => {
    expect(wire(userMessage("What is this?", imagePart(png), filePart(pdf)))).toEqual({
      role: "user",
      content: [
        { type: "text", text: "What is this?" },
        { type: "image_url", image_url: { url: `data:image/png;base64,${b64(png)}` } },
        { type: "file", file: { filename: "document.pdf", file_data: `data:application/pdf;base64,${b64(pdf)}` } },
      ],
    });
  });

  it("refuses no parts, and a Promise left unawaited", () => {
    refused(() => userMessage(), "content");
    const error = refused(() => userMessage("x", imagePart(new Blob([png])) as never), "content.1");
    expect(error.message).toContain("await");
  });
});
