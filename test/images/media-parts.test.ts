import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/index.js";
import { audioPart, filePart, videoPart } from "../../src/images/index.js";
import { refused } from "../helpers/thrown.js";

/** What goes on the wire. */
const wire = (value: unknown) => JSON.parse(JSON.stringify(value));
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const pdf = new Uint8Array(Buffer.from("%PDF-1.7\n%âãÏÓ\n"));
const mp4 = new Uint8Array([0, 0, 0, 24, ...Buffer.from("ftypisom"), 0, 0, 2, 0]);
const wav = new Uint8Array([...Buffer.from("RIFF"), 36, 0, 0, 0, ...Buffer.from("WAVEfmt ")]);

describe("filePart", () => {
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

describe("filePart, beyond the common cases", () => {
  it("names a URL without a usable last segment document.pdf, and other bytes file", () => {
    expect(filePart("https://example.com/").file.filename).toBe("document.pdf");
    expect(filePart(new Uint8Array([1, 2, 3]), { mimeType: "text/plain" }).file.filename).toBe("file");
  });

  it("keeps a last segment that is not valid percent-encoding as it is", () => {
    expect(filePart("https://example.com/100%.pdf").file.filename).toBe("100%.pdf");
  });

  it("names a Blob without a name by its type, and lets filename win over a File's name", async () => {
    expect((await filePart(new Blob([pdf], { type: "application/pdf" }))).file.filename).toBe("document.pdf");
    expect((await filePart(new File([pdf], "a.pdf", { type: "application/pdf" }), { filename: "b.pdf" })).file.filename).toBe("b.pdf");
  });

  it("refuses a blank filename", () => {
    refused(() => filePart(pdf, { filename: "   " }), "filename");
  });
});

describe("audioPart, beyond the common cases", () => {
  it("takes URL-safe base64 text", () => {
    expect(audioPart("-_8=", "mp3").input_audio).toEqual({ data: "-_8=", format: "mp3" });
  });

  it("refuses empty bytes, an empty data URL and a format that is not a string", async () => {
    refused(() => audioPart(new Uint8Array(0), "wav"), "source");
    refused(() => audioPart("data:audio/wav;base64,", "wav"), "source");
    refused(() => audioPart(wav, 3 as never), "format");
    await expect(audioPart(new Blob([]), "wav")).rejects.toMatchObject({ name: "ValidationError", field: "source" });
  });
});

describe("videoPart, beyond the common cases", () => {
  it("reads a Blob asynchronously, using its type or an explicit mimeType", async () => {
    expect((await videoPart(new Blob([mp4], { type: "video/mp4" }))).video_url.url).toBe(`data:video/mp4;base64,${b64(mp4)}`);
    const webm = new Uint8Array([1, 2, 3, 4]);
    expect(videoPart(webm, { mimeType: "video/webm" }).video_url.url).toBe(`data:video/webm;base64,${b64(webm)}`);
  });
});
