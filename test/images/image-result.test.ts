import { describe, expect, it, vi } from "vitest";
import { toChatResult } from "../../src/chat/to-chat-result.js";
import { callOptions } from "../../src/core/client.js";
import { ResponseValidationError } from "../../src/errors/index.js";
import { toImageResult } from "../../src/images/image-result.js";
import { decodeImages } from "../../src/postprocess/decode-images.js";
import type { ChatCompletion } from "../../src/types/chat-completion.js";
import type { ChatResult } from "../../src/types/chat-result.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { testClient } from "../helpers/nock.js";
import { thrown } from "../helpers/thrown.js";

const gemini = "google/gemini-2.5-flash-image";
const pngUrl = () => fixtureJSON("chat-image-gemini.json").choices[0].message.images[0].image_url.url as string;
const pngBytes = () => Array.from(Buffer.from(pngUrl().split(",")[1] ?? "", "base64"));
const options = () => callOptions(testClient(), undefined);

/** The Gemini capture as a ChatResult, its images and text replaced when given, decoded or not. */
function result(patch: { images?: unknown[]; content?: string; usage?: unknown; finish_reason?: string; model?: string } = {}, decoded = false): ChatResult {
  const raw = fixtureJSON("chat-image-gemini.json");
  if (patch.images) raw.choices[0].message.images = patch.images;
  if (patch.content !== undefined) raw.choices[0].message.content = patch.content;
  if (patch.usage !== undefined) raw.usage = patch.usage;
  if (patch.finish_reason !== undefined) raw.choices[0].finish_reason = patch.finish_reason;
  if (patch.model !== undefined) raw.model = patch.model;
  const plain = toChatResult(raw as ChatCompletion, undefined);
  return decoded ? decodeImages(plain, { params: { model: gemini } }) : plain;
}

const image = (url: string) => ({ type: "image_url", image_url: { url } });

describe("toImageResult", () => {
  it("gives the answer's data-URL images with their bytes, type and a Blob", () => {
    const { images, remoteImages, model, generationId, raw } = toImageResult([result()], options(), gemini);
    expect(images).toHaveLength(1);
    expect(images[0]?.mimeType).toBe("image/png");
    expect(Array.from(images[0]?.bytes ?? [])).toEqual(pngBytes());
    expect(images[0]?.url).toBe(pngUrl());
    expect(images[0]?.toBlob().type).toBe("image/png");
    expect(remoteImages).toEqual([]);
    expect(model).toBe(result().model);
    expect(generationId).toBe(result().generationId);
    expect(raw).toEqual(result().raw);
  });

  it("reuses the images decodeImages already decoded, in wire order", () => {
    const decoded = result({ images: [image(pngUrl()), image(pngUrl())] }, true);
    const { images } = toImageResult([decoded], options(), gemini);
    expect(images.map((i) => i.bytes)).toEqual([decoded.images[0]?.bytes, decoded.images[1]?.bytes]);
    expect(images[0]?.bytes).toBe(decoded.images[0]?.bytes);
  });

  it("lists http(s) images as remote images without downloading them", () => {
    const { images, remoteImages } = toImageResult([result({ images: [image("https://cdn.example/a.webp"), image(pngUrl())] })], options(), gemini);
    expect(images).toHaveLength(1);
    expect(remoteImages.map((r) => [r.url, r.mimeType])).toEqual([["https://cdn.example/a.webp", "image/webp"]]);
  });

  it("joins the images and the non-blank text of several results, and sums their usage field by field", () => {
    const usage = (n: number, cost?: number) => ({ prompt_tokens: n, completion_tokens: n, total_tokens: 2 * n, completion_tokens_details: { image_tokens: n }, ...(cost === undefined ? {} : { cost }) });
    const results = [result({ content: "first", usage: usage(1, 0.5) }), result({ content: "  ", usage: usage(2) }), result({ content: "third", usage: usage(3, 0.25) })];
    const combined = toImageResult(results, options(), gemini);
    expect(combined.images).toHaveLength(3);
    expect(combined.text).toBe("first\nthird");
    expect(combined.usage).toEqual({ prompt_tokens: 6, completion_tokens: 6, total_tokens: 12, completion_tokens_details: { image_tokens: 6 }, cost: 0.75 });
    expect(combined.results).toBe(results);
  });

  it("keeps the usage a result has when another has none", () => {
    const one = result({ usage: { prompt_tokens: 4, completion_tokens: 1, total_tokens: 5 } });
    const none = { ...result(), usage: undefined };
    expect(toImageResult([none, one], options(), gemini).usage).toEqual({ prompt_tokens: 4, completion_tokens: 1, total_tokens: 5 });
  });

  it("throws ResponseValidationError naming the model, the text and finish_reason when no image came", () => {
    const error = thrown(ResponseValidationError, () => toImageResult([result({ images: [], content: "I cannot draw.", finish_reason: "stop" })], options(), gemini));
    expect(error.message).toContain(`${gemini} answered without an image: text "I cannot draw.", finish_reason "stop".`);
    expect(error.message).toContain("listModels(client, { output_modalities: \"image\" })");
    expect(error.text).toBe("I cannot draw.");
  });

  it("counts image entries it could not read, and says which model served the request", () => {
    const error = thrown(ResponseValidationError, () => toImageResult([result({ images: [{ type: "image_url" }, image("data:image/png;base64,%%%")], content: "", model: "google/other" })], options(), gemini));
    expect(error.message).toContain(`${gemini} (served by google/other) answered without an image: 2 image entries that are neither`);
    expect(error.message).toContain("no text");
    expect(error.model).toBe("google/other");
  });

  it("says to rephrase when the provider filtered the image", () => {
    expect(thrown(ResponseValidationError, () => toImageResult([result({ images: [], finish_reason: "content_filter" })], options(), gemini)).message).toContain("rephrase the prompt");
  });

  it("cuts a long text in the message to 200 characters", () => {
    const error = thrown(ResponseValidationError, () => toImageResult([result({ images: [], content: "x".repeat(500) })], options(), gemini));
    expect(error.message).toContain(`"${"x".repeat(200)}…"`);
    expect(error.text).toBe("x".repeat(500));
  });
});

describe("image decoding without Node's Buffer", () => {
  it("decodes the answer's data URLs", () => {
    const client = testClient({ postProcessors: [] });
    const answer = result();
    const expected = pngBytes();
    vi.stubGlobal("Buffer", undefined);
    try {
      const { images } = toImageResult([answer], callOptions(client, undefined), gemini);
      expect(Array.from(images[0]?.bytes ?? [])).toEqual(expected);
      expect(images[0]?.toBlob().size).toBe(expected.length);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
