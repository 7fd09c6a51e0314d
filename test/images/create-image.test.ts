import nock from "nock";
import { describe, expect, it } from "vitest";
import { PayloadTooLargeError, ResponseValidationError, ValidationError } from "../../src/errors/index.js";
import { createImage } from "../../src/images/create-image.js";
import { createOpenRouter } from "../../src/openrouter.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_BASE_URL, TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";
import { sharedFailurePaths } from "../helpers/endpoint-failures.js";

useNock();

const params = { model: "bytedance-seed/seedream-4.5", prompt: "a red panda astronaut floating in space, studio lighting" };
const png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const pngBytes = Uint8Array.from(Buffer.from(png, "base64"));

describe("createImage()", () => {
  it("posts the document's example to /images and decodes the b64_json image", async () => {
    api()
      .post("/api/v1/images", params)
      .matchHeader("authorization", `Bearer ${TEST_KEY}`)
      .reply(200, fixtureJSON("images-generate.json"), { "x-generation-id": "gen-img-1" });
    const result = await createImage(testClient(), params);
    expect(result.images).toHaveLength(1);
    const [image] = result.images;
    expect(image?.mimeType).toBe("image/png");
    expect(image?.base64).toBe(png);
    expect(image?.bytes).toEqual(pngBytes);
    expect(image?.dataUrl).toBe(`data:image/png;base64,${png}`);
    expect(image?.toBlob().type).toBe("image/png");
    expect(result.usage?.cost).toBe(0.04);
    expect(result.generationId).toBe("gen-img-1");
    expect(result.model).toBe(params.model);
    expect(result.raw.created).toBe(1748372400);
    expect(result.remoteImages).toEqual([]);
  });

  it("sends input_references from bytes, Blobs, data URLs and https URLs as image_url parts", async () => {
    let sent: any;
    api()
      .post("/api/v1/images", (body) => ((sent = body), true))
      .reply(200, fixtureJSON("images-generate.json"));
    const url = "https://example.com/ref.png";
    await createImage(testClient(), {
      ...params,
      input_references: [pngBytes, new Blob([pngBytes], { type: "image/png" }), `data:image/png;base64,${png}`, url, { type: "image_url", image_url: { url } }],
      aspect_ratio: "16:9",
      provider: { only: ["bytedance"], options: { bytedance: { watermark: false } } },
    });
    const dataUrl = `data:image/png;base64,${png}`;
    expect(sent.input_references).toEqual([
      { type: "image_url", image_url: { url: dataUrl } },
      { type: "image_url", image_url: { url: dataUrl } },
      { type: "image_url", image_url: { url: dataUrl } },
      { type: "image_url", image_url: { url } },
      { type: "image_url", image_url: { url } },
    ]);
    expect(sent.aspect_ratio).toBe("16:9");
    expect(sent.provider).toEqual({ only: ["bytedance"], options: { bytedance: { watermark: false } } });
  });

  it("reads media_type, sniffs the type when it is missing, and keeps URL answers", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>').toString("base64");
    api()
      .post("/api/v1/images")
      .reply(200, {
        created: 1,
        data: [{ b64_json: png, media_type: "image/png" }, { b64_json: svg }, { url: `data:image/png;base64,${png}` }, { url: "https://cdn.example/out.webp" }],
      });
    const result = await createImage(testClient(), params);
    expect(result.images.map((i) => i.mimeType)).toEqual(["image/png", "image/svg+xml", "image/png"]);
    expect(result.remoteImages.map((i) => [i.url, i.mimeType])).toEqual([["https://cdn.example/out.webp", "image/webp"]]);
    expect(result.usage).toBeUndefined();
  });

  it("refuses bad input before sending, naming the field", async () => {
    const client = testClient();
    await expect(createImage(client, { ...params, model: "" })).rejects.toMatchObject({ name: "ValidationError", field: "model" });
    await expect(createImage(client, { ...params, prompt: " " })).rejects.toMatchObject({ field: "prompt" });
    await expect(createImage(client, { ...params, n: 11 })).rejects.toMatchObject({ field: "n" });
    await expect(createImage(client, { ...params, stream: true } as never)).rejects.toMatchObject({ field: "stream" });
    await expect(createImage(client, { ...params, input_references: Array(17).fill("https://x.example/a.png") })).rejects.toMatchObject({ field: "input_references" });
    await expect(createImage(client, { ...params, input_references: ["https://x.example/a.png", "./photo.png"] })).rejects.toMatchObject({ field: "input_references.1" });
    await expect(createImage(client, null as never)).rejects.toBeInstanceOf(ValidationError);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("names the broken field of a malformed answer", async () => {
    api().post("/api/v1/images").reply(200, { created: 1, data: [{ b64_json: "%%%" }] });
    await expect(createImage(testClient(), params)).rejects.toThrow(/data\[0\]\.b64_json is not base64/);
    api().post("/api/v1/images").reply(200, { created: 1, data: [{ revised_prompt: "x" }] });
    await expect(createImage(testClient(), params)).rejects.toThrow(/data\[0\] has neither b64_json nor/);
    api().post("/api/v1/images").reply(200, { created: 1, data: [] });
    await expect(createImage(testClient(), params)).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("throws PayloadTooLargeError for a 413 (the document's example)", async () => {
    api().post("/api/v1/images").reply(413, { error: { code: 413, message: "Request payload too large" } });
    await expect(createImage(testClient({ maxRetries: 2 }), params)).rejects.toBeInstanceOf(PayloadTooLargeError);
  });
});

describe("the facade", () => {
  it("delegates images.create, images.models and images.endpoints", async () => {
    api().post("/api/v1/images", params).reply(200, fixtureJSON("images-generate.json"));
    api().get("/api/v1/images/models").reply(200, fixtureJSON("images-models-list.json"));
    api().get("/api/v1/images/models/bytedance-seed/seedream-4.5/endpoints").reply(200, fixtureJSON("images-model-endpoints.json"));
    const openrouter = createOpenRouter({ apiKey: TEST_KEY, baseURL: TEST_BASE_URL, maxRetries: 0 });
    expect((await openrouter.images.create(params)).images[0]?.mimeType).toBe("image/png");
    expect((await openrouter.images.models())[0]?.id).toBe("bytedance-seed/seedream-4.5");
    expect((await openrouter.images.endpoints("bytedance-seed/seedream-4.5"))[0]?.provider_slug).toBe("bytedance");
  });
});

sharedFailurePaths({
  name: "createImage()",
  call: (client, options) => createImage(client, params, options),
  malformed: { body: { created: 1, data: "nope" } },
  malformedMessage: "data",
});
