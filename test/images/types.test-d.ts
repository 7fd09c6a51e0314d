import { describe, expectTypeOf, it } from "vitest";
import { audioPart, filePart, generateImage, imagePart, videoPart, type ImageResult } from "../../src/images/index.js";
import type { AudioPart, FilePart, ImagePart, VideoPart } from "../../src/types/content-parts.js";

declare const bytes: Uint8Array;
declare const buffer: Buffer;
declare const blob: Blob;
declare const file: File;
declare const either: string | Blob;

describe("content-part builders", () => {
  it("return the part for URLs and bytes, and a Promise of it for a Blob", () => {
    expectTypeOf(imagePart("https://example.com/a.png")).toEqualTypeOf<ImagePart>();
    expectTypeOf(imagePart(bytes)).toEqualTypeOf<ImagePart>();
    expectTypeOf(imagePart(buffer)).toEqualTypeOf<ImagePart>();
    expectTypeOf(imagePart(blob)).toEqualTypeOf<Promise<ImagePart>>();
    expectTypeOf(filePart(file)).toEqualTypeOf<Promise<FilePart>>();
    expectTypeOf(filePart(bytes)).toEqualTypeOf<FilePart>();
    expectTypeOf(audioPart(bytes, "wav")).toEqualTypeOf<AudioPart>();
    expectTypeOf(videoPart("https://youtu.be/x")).toEqualTypeOf<VideoPart>();
  });

  it("return either for a source that may be either", () => {
    expectTypeOf(imagePart(either)).toEqualTypeOf<ImagePart | Promise<ImagePart>>();
  });
});

describe("generateImage", () => {
  it("requires a model and a prompt, and resolves to an ImageResult", () => {
    type Params = Parameters<typeof generateImage>[1];
    expectTypeOf<{ model: string }>().not.toExtend<Params>();
    expectTypeOf<{ prompt: string }>().not.toExtend<Params>();
    expectTypeOf(generateImage).returns.toEqualTypeOf<Promise<ImageResult>>();
  });

  it("gives images with bytes as a property and remote images with an async load()", () => {
    expectTypeOf<ImageResult["images"][number]["bytes"]>().toEqualTypeOf<Uint8Array>();
    expectTypeOf<ReturnType<ImageResult["remoteImages"][number]["load"]>>().toEqualTypeOf<Promise<ImageResult["images"][number]>>();
  });
});
