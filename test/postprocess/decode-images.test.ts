import { describe, expect, it } from "vitest";
import type { ChatCompletion } from "../../src/types/chat-completion.js";
import { toChatResult } from "../../src/chat/to-chat-result.js";
import { decodeImages } from "../../src/postprocess/decode-images.js";
import { fixtureJSON } from "../helpers/fixtures.js";

const context = { params: { model: "google/gemini-2.5-flash-image", prompt: "a cat" } };
const imageAnswer = () => fixtureJSON<ChatCompletion>("chat-image-gemini.json");

describe("decodeImages", () => {
  it("decodes the data-URL images of a captured image answer into bytes with their media type", () => {
    const result = decodeImages(toChatResult(imageAnswer(), undefined), context);
    expect(result.images).toHaveLength(1);
    const [image] = result.images;
    expect(image?.mimeType).toBe("image/png");
    expect(image?.dataUrl.startsWith(`data:image/png;base64,${image?.base64.slice(0, 8)}`)).toBe(true);
    // The PNG signature: the bytes are the picture itself, not its base64 text.
    expect([...(image?.bytes ?? new Uint8Array()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("skips images that are not data URLs or have no url, and keeps the decodable ones", () => {
    const raw = imageAnswer();
    const message = raw.choices[0]!.message!;
    const png = message.images![0]!;
    message.images = [{ type: "image_url", image_url: { url: "https://example.com/cat.png" } }, { type: "image_url" } as never, png];
    expect(decodeImages(toChatResult(raw, undefined), context).images).toHaveLength(1);
  });

  it("returns the result unchanged when the answer carries no image it can decode", () => {
    const text = toChatResult(fixtureJSON<ChatCompletion>("chat-nonstream-basic.json"), undefined);
    expect(decodeImages(text, context)).toBe(text);
    const raw = imageAnswer();
    raw.choices[0]!.message!.images = [{ type: "image_url", image_url: { url: "not a data url" } }];
    const undecodable = toChatResult(raw, undefined);
    expect(decodeImages(undecodable, context)).toBe(undecodable);
  });
});
