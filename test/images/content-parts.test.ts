import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/index.js";
import { audioPart, filePart, imagePart, textPart, userMessage, videoPart } from "../../src/images/index.js";

/** What goes on the wire. */
const wire = (value: unknown) => JSON.parse(JSON.stringify(value));
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const gif = new Uint8Array([...Buffer.from("GIF89a"), 1, 0]);
const webp = new Uint8Array([...Buffer.from("RIFF"), 0, 0, 0, 0, ...Buffer.from("WEBPVP8 ")]);
const pdf = new Uint8Array(Buffer.from("%PDF-1.7\n%âãÏÓ\n"));
const mp4 = new Uint8Array([0, 0, 0, 24, ...Buffer.from("ftypisom"), 0, 0, 2, 0]);
const wav = new Uint8Array([...Buffer.from("RIFF"), 36, 0, 0, 0, ...Buffer.from("WAVEfmt ")]);

const refused = (fn: () => unknown, field: string) => {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).field).toBe(field);
  return error as ValidationError;
};

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

describe("filePart", () => {
  it("references an upload of the Files API by id, without bytes", () => {
    expect(wire(filePart({ file_id: "or_file_011CNha8iCJcU1wXNR6q4V8w" }))).toEqual({ type: "file", file: { file_id: "or_file_011CNha8iCJcU1wXNR6q4V8w" } });
    expect(wire(filePart({ file_id: "or_file_1" }, { filename: "report.pdf" }))).toEqual({ type: "file", file: { file_id: "or_file_1", filename: "report.pdf" } });
    expect(refused(() => filePart({ file_id: " " }), "file_id").message).toContain("file_id");
  });

  it("sends a PDF's bytes as a data URL with a default filename", () => {
    expect(wire(filePart(pdf))).toEqual({ type: "file", file: { filename: "document.pdf", file_data: `data:application/pdf;base64,${b64(pdf)}` } });
  });

  it("sends a URL as file_data, named after its last segment unless a filename is given", () => {
    expect(wire(filePart("https://example.com/papers/attention%20is%20all.pdf?dl=1"))).toEqual({
      type: "file",
      file: { filename: "attention is all.pdf", file_data: "https://example.com/papers/attention%20is%20all.pdf?dl=1" },
    });
    expect(filePart("https://example.com/x", { filename: "report.pdf" }).file.filename).toBe("report.pdf");
  });

  it("takes a File's name and type", async () => {
    const file = new File([pdf], "q3-report.pdf", { type: "application/pdf" });
    expect(wire(await filePart(file))).toEqual({ type: "file", file: { filename: "q3-report.pdf", file_data: `data:application/pdf;base64,${b64(pdf)}` } });
  });

  it("sends other files with an explicit mimeType", () => {
    const text = new Uint8Array(Buffer.from("a,b\n1,2\n"));
    expect(wire(filePart(text, { mimeType: "text/csv", filename: "data.csv" }))).toEqual({
      type: "file",
      file: { filename: "data.csv", file_data: `data:text/csv;base64,${b64(text)}` },
    });
  });

  it("refuses bytes of unknown type, and an empty filename", () => {
    refused(() => filePart(new Uint8Array(Buffer.from("plain text"))), "mimeType");
    refused(() => filePart(pdf, { filename: "" }), "filename");
  });
});

describe("audioPart", () => {
  it("sends the bytes as base64 with the format", () => {
    expect(wire(audioPart(wav, "wav"))).toEqual({ type: "input_audio", input_audio: { data: b64(wav), format: "wav" } });
  });

  it("takes base64 text or a data URL as it is", () => {
    expect(audioPart(b64(wav), "wav").input_audio.data).toBe(b64(wav));
    expect(audioPart(`data:audio/wav;base64,${b64(wav)}`, "wav").input_audio.data).toBe(b64(wav));
  });

  it("reads a Blob asynchronously", async () => {
    expect(wire(await audioPart(new Blob([wav], { type: "audio/wav" }), "wav"))).toEqual({ type: "input_audio", input_audio: { data: b64(wav), format: "wav" } });
  });

  it("refuses a URL, because the API takes base64 audio only", () => {
    expect(refused(() => audioPart("https://example.com/a.mp3", "mp3"), "source").message).toContain("base64");
  });

  it("refuses a missing format and text that is not base64", () => {
    refused(() => audioPart(wav, "" as never), "format");
    refused(() => audioPart("not base64!", "wav"), "source");
  });
});

describe("videoPart", () => {
  it("sends a URL as video_url", () => {
    expect(wire(videoPart("https://www.youtube.com/watch?v=abc"))).toEqual({ type: "video_url", video_url: { url: "https://www.youtube.com/watch?v=abc" } });
  });

  it("turns MP4 bytes into a video data URL", () => {
    expect(wire(videoPart(mp4))).toEqual({ type: "video_url", video_url: { url: `data:video/mp4;base64,${b64(mp4)}` } });
  });

  it("refuses an image, pointing to imagePart", () => {
    expect(refused(() => videoPart(png), "source").message).toContain("imagePart");
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
