import nock from "nock";
import { describe, expect, it, vi } from "vitest";
import { createClient } from "../../src/core/client.js";
import { ConnectionError, ResponseValidationError, ValidationError } from "../../src/errors/index.js";
import { generateImage } from "../../src/images/index.js";
import type { ChatParams } from "../../src/types/chat-params.js";
import type { CatalogModel, ModelLookup } from "../../src/types/model-lookup.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_BASE_URL, TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";

useNock();

const gemini = "google/gemini-2.5-flash-image";
const flux = "black-forest-labs/flux.2-pro";
const pngUrl = () => fixtureJSON("chat-image-gemini.json").choices[0].message.images[0].image_url.url as string;
const pngBytes = () => Array.from(Buffer.from(pngUrl().split(",")[1] ?? "", "base64"));

/** The Gemini fixture, with its images replaced. */
function answerWith(images: unknown[], content = ""): any {
  const body = fixtureJSON("chat-image-gemini.json");
  body.choices[0].message.images = images;
  body.choices[0].message.content = content;
  return body;
}

/** Answers one chat request with `body` and keeps what was sent. */
function replyOnce(body: unknown): { sent: () => ChatParams } {
  let sent: ChatParams | undefined;
  api()
    .post("/api/v1/chat/completions", (b: ChatParams) => {
      sent = b;
      return true;
    })
    .reply(200, body as nock.Body);
  return { sent: () => sent as ChatParams };
}

function catalogOf(...models: CatalogModel[]): ModelLookup {
  return { get: async (id) => models.find((m) => m.id === id) };
}

describe("generateImage() with a Gemini image model", () => {
  it("returns the fixture's image with bytes equal to the decoded base64 and its mime type", async () => {
    const body = fixtureJSON("chat-image-gemini.json");
    replyOnce(body);
    const result = await generateImage(testClient(), { model: gemini, prompt: "a dot" });
    expect(result.images).toHaveLength(1);
    const [image] = result.images;
    expect(image?.mimeType).toBe("image/png");
    expect(Array.from(image?.bytes ?? [])).toEqual(pngBytes());
    expect(image?.base64).toBe(pngUrl().split(",")[1]);
    expect(image?.dataUrl).toBe(pngUrl());
    expect(image?.url).toBe(pngUrl());
    expect(result.remoteImages).toEqual([]);
    expect(result.text).toBe("");
    expect(result.model).toBe(gemini);
    expect(result.usage?.completion_tokens_details?.image_tokens).toBe(1290);
    expect(result.usage?.cost).toBe(0.0387036);
    expect(result.generationId).toBe("gen-1764926649-tF4W3t4FuuPsXb0VBWLB");
    expect(result.raw).toEqual(body);
    expect(result.results).toHaveLength(1);
  });

  it("sends modalities [\"image\",\"text\"], the prompt as the user message, and no SDK-only fields", async () => {
    const { sent } = replyOnce(fixtureJSON("chat-image-gemini.json"));
    await generateImage(testClient(), { model: gemini, prompt: "a dot", temperature: 0.5 });
    expect(sent()).toEqual({ model: gemini, messages: [{ role: "user", content: "a dot" }], modalities: ["image", "text"], temperature: 0.5 });
  });

  it("keeps both of two near-identical images, in order", async () => {
    const first = { type: "image_url", image_url: { url: pngUrl() }, index: 0 };
    const jpeg = "data:image/jpeg;base64,/9j/4AAQSkZJRg==";
    replyOnce(answerWith([first, { type: "image_url", image_url: { url: jpeg }, index: 1 }]));
    const { images } = await generateImage(testClient(), { model: "google/gemini-3-pro-image-preview", prompt: "a dot" });
    expect(images.map((i) => i.mimeType)).toEqual(["image/png", "image/jpeg"]);
    expect(Array.from(images[1]?.bytes.subarray(0, 3) ?? [])).toEqual([0xff, 0xd8, 0xff]);
  });

  it("keeps two identical images as two", async () => {
    const image = { type: "image_url", image_url: { url: pngUrl() } };
    replyOnce(answerWith([{ ...image, index: 0 }, { ...image, index: 1 }]));
    const { images } = await generateImage(testClient(), { model: gemini, prompt: "a dot" });
    expect(images).toHaveLength(2);
    expect(images[0]?.bytes).toEqual(images[1]?.bytes);
  });

  it("gives each image as a Blob of its mime type", async () => {
    replyOnce(fixtureJSON("chat-image-gemini.json"));
    const [image] = (await generateImage(testClient(), { model: gemini, prompt: "a dot" })).images;
    const blob = image?.toBlob();
    expect(blob?.type).toBe("image/png");
    expect(Array.from(new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0)))).toEqual(pngBytes());
  });

  it("maps aspect_ratio and image_size into image_config, next to other image_config keys", async () => {
    const { sent } = replyOnce(fixtureJSON("chat-image-gemini.json"));
    await generateImage(testClient(), { model: gemini, prompt: "a dot", aspect_ratio: "16:9", image_size: "2K", image_config: { style: "flat" } });
    expect(sent().image_config).toEqual({ style: "flat", aspect_ratio: "16:9", image_size: "2K" });
    expect(sent()).not.toHaveProperty("aspect_ratio");
    expect(sent()).not.toHaveProperty("image_size");
  });

  it("sends input images after the prompt as image_url parts, for editing", async () => {
    const { sent } = replyOnce(fixtureJSON("chat-image-gemini.json"));
    const png = new Uint8Array(Buffer.from(pngUrl().split(",")[1] ?? "", "base64"));
    await generateImage(testClient(), {
      model: gemini,
      prompt: "make it blue",
      images: ["https://example.com/cat.webp", png, new Blob([png], { type: "image/png" }), { type: "image_url", image_url: { url: "https://example.com/x.png", detail: "low" } }],
    });
    expect(sent().messages).toEqual([
      {
        role: "user",
        content: [
          { type: "text", text: "make it blue" },
          { type: "image_url", image_url: { url: "https://example.com/cat.webp" } },
          { type: "image_url", image_url: { url: pngUrl() } },
          { type: "image_url", image_url: { url: pngUrl() } },
          { type: "image_url", image_url: { url: "https://example.com/x.png", detail: "low" } },
        ],
      },
    ]);
  });

  it("sends earlier messages before the prompt", async () => {
    const { sent } = replyOnce(fixtureJSON("chat-image-gemini.json"));
    await generateImage(testClient(), { model: gemini, prompt: "now at night", messages: [{ role: "system", content: "Flat colours only." }] });
    expect(sent().messages).toEqual([
      { role: "system", content: "Flat colours only." },
      { role: "user", content: "now at night" },
    ]);
  });
});

describe("generateImage() with an image-only model (FLUX)", () => {
  it('sends modalities ["image"]', async () => {
    const body = fixtureJSON("chat-image-gemini.json");
    body.model = flux;
    const { sent } = replyOnce(body);
    const result = await generateImage(testClient(), { model: flux, prompt: "a lighthouse" });
    expect(sent().modalities).toEqual(["image"]);
    expect(result.images).toHaveLength(1);
  });

  it('refuses an explicit ["image","text"] before sending anything', async () => {
    const send = vi.fn();
    const client = testClient({ fetch: send as unknown as typeof fetch });
    const error = await generateImage(client, { model: flux, prompt: "a lighthouse", modalities: ["image", "text"] }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe("modalities");
    expect(error.message).toContain(flux);
    expect(error.message).toContain('["image"]');
    expect(send).not.toHaveBeenCalled();
  });

  it("refuses it even when the client runs no post-processors (no modality guard)", async () => {
    const send = vi.fn();
    const client = testClient({ fetch: send as unknown as typeof fetch, postProcessors: [] });
    await expect(generateImage(client, { model: flux, prompt: "x", modalities: ["image", "text"] })).rejects.toBeInstanceOf(ValidationError);
    expect(send).not.toHaveBeenCalled();
  });

  it("decodes the images when the client runs no post-processors", async () => {
    replyOnce(fixtureJSON("chat-image-gemini.json"));
    const { images } = await generateImage(testClient({ postProcessors: [] }), { model: flux, prompt: "a dot" });
    expect(Array.from(images[0]?.bytes ?? [])).toEqual(pngBytes());
  });
});

describe("generateImage() and the model catalog", () => {
  it('sends ["image"] to a model the catalog lists as image-only, whatever its family', async () => {
    const catalog = catalogOf({ id: "acme/painter", architecture: { output_modalities: ["image"] } });
    const { sent } = replyOnce(fixtureJSON("chat-image-gemini.json"));
    await generateImage(testClient({ catalog }), { model: "acme/painter", prompt: "x" });
    expect(sent().modalities).toEqual(["image"]);
  });

  it("refuses a model the catalog says outputs no images, before sending", async () => {
    const catalog = catalogOf({ id: "openai/gpt-4.1-nano", architecture: { output_modalities: ["text"] } });
    const error = await generateImage(testClient({ catalog }), { model: "openai/gpt-4.1-nano", prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain("does not output images");
  });

  it("lets an explicit modalities override the catalog", async () => {
    const catalog = catalogOf({ id: "acme/new", architecture: { output_modalities: ["text"] } });
    const { sent } = replyOnce(fixtureJSON("chat-image-gemini.json"));
    await generateImage(testClient({ catalog }), { model: "acme/new", prompt: "x", modalities: ["image", "text"] });
    expect(sent().modalities).toEqual(["image", "text"]);
  });
});

describe("generateImage() when the answer has no image", () => {
  it("throws ResponseValidationError naming the model and carrying the text", async () => {
    replyOnce(answerWith([], "I can only describe images, not draw them."));
    const error = await generateImage(testClient(), { model: gemini, prompt: "a dot" }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain(gemini);
    expect(error.message).toContain("I can only describe images");
    expect(error.message).toContain('finish_reason "stop"');
    expect(error.text).toBe("I can only describe images, not draw them.");
    expect(error.model).toBe(gemini);
  });

  it("says so when the answer had no images field and no text at all", async () => {
    const body = fixtureJSON("chat-image-gemini.json");
    delete body.choices[0].message.images;
    replyOnce(body);
    await expect(generateImage(testClient(), { model: gemini, prompt: "a dot" })).rejects.toThrow(/answered without an image: no text/);
  });

  it("counts image entries it could not read", async () => {
    replyOnce(answerWith([{ type: "image_url", image_url: { url: "ftp://x/y.png" } }]));
    await expect(generateImage(testClient(), { model: gemini, prompt: "a dot" })).rejects.toThrow(/1 image entry that are neither data: nor http\(s\) URLs/);
  });
});

describe("generateImage() with n > 1", () => {
  it("sends n requests with the same body and concatenates their images, summing usage", async () => {
    const bodies: ChatParams[] = [];
    api()
      .post("/api/v1/chat/completions", (b: ChatParams) => bodies.push(b) > 0)
      .times(3)
      .reply(200, fixtureJSON("chat-image-gemini.json"));
    const result = await generateImage(testClient(), { model: gemini, prompt: "a dot", n: 3 });
    expect(bodies).toHaveLength(3);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[0]).not.toHaveProperty("n");
    expect(result.images).toHaveLength(3);
    expect(result.results).toHaveLength(3);
    expect(result.usage?.total_tokens).toBe(3 * 1302);
    expect(result.usage?.completion_tokens_details?.image_tokens).toBe(3 * 1290);
    expect(result.usage?.cost).toBeCloseTo(3 * 0.0387036, 10);
  });
});

describe("generateImage() with images given as https URLs", () => {
  const remote = "https://cdn.openrouter.test/images/abc.png";

  it("lists them without downloading, and downloads on load() without the API key", async () => {
    replyOnce(answerWith([{ type: "image_url", image_url: { url: remote }, index: 0 }]));
    const result = await generateImage(testClient(), { model: gemini, prompt: "a dot" });
    expect(result.images).toEqual([]);
    expect(result.remoteImages).toHaveLength(1);
    expect(result.remoteImages[0]?.url).toBe(remote);
    expect(result.remoteImages[0]?.mimeType).toBe("image/png");
    expect(nock.isDone()).toBe(true); // nothing else was requested

    const png = Buffer.from(pngUrl().split(",")[1] ?? "", "base64");
    nock("https://cdn.openrouter.test", { badheaders: ["authorization"] }).get("/images/abc.png").reply(200, png, { "content-type": "image/png" });
    const image = await result.remoteImages[0]?.load();
    expect(image?.mimeType).toBe("image/png");
    expect(Array.from(image?.bytes ?? [])).toEqual(pngBytes());
    expect(image?.url).toBe(remote);
    expect(image?.dataUrl).toBe(pngUrl());
    expect(image?.toBlob().type).toBe("image/png");
  });

  it("reads the type from the bytes when the server does not say", async () => {
    replyOnce(answerWith([{ type: "image_url", image_url: { url: "https://cdn.openrouter.test/render?id=1" } }]));
    const [remoteImage] = (await generateImage(testClient(), { model: gemini, prompt: "a dot" })).remoteImages;
    expect(remoteImage?.mimeType).toBeUndefined();
    nock("https://cdn.openrouter.test").get("/render?id=1").reply(200, Buffer.from("/9j/4AAQSkZJRg==", "base64"), { "content-type": "application/octet-stream" });
    expect((await remoteImage?.load())?.mimeType).toBe("image/jpeg");
  });

  it("fails load() with ResponseValidationError on an error status", async () => {
    replyOnce(answerWith([{ type: "image_url", image_url: { url: remote } }]));
    const [remoteImage] = (await generateImage(testClient(), { model: gemini, prompt: "a dot" })).remoteImages;
    nock("https://cdn.openrouter.test").get("/images/abc.png").reply(403, "denied");
    await expect(remoteImage?.load()).rejects.toThrow(/could not be downloaded: HTTP 403/);
  });

  it("fails load() with ConnectionError when the host cannot be reached", async () => {
    replyOnce(answerWith([{ type: "image_url", image_url: { url: "https://unreachable.openrouter.test/a.png" } }]));
    const [remoteImage] = (await generateImage(testClient(), { model: gemini, prompt: "a dot" })).remoteImages;
    const error = await remoteImage?.load().catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain("could not download the image at https://unreachable.openrouter.test/a.png");
  });

  it("uses the client's fetch", async () => {
    const png = new Uint8Array(Buffer.from(pngUrl().split(",")[1] ?? "", "base64"));
    const answer = answerWith([{ type: "image_url", image_url: { url: remote } }]);
    const calls: string[] = [];
    const fetchSpy: typeof fetch = async (input) => {
      const url = input instanceof Request ? input.url : String(input);
      calls.push(url);
      return url === remote ? new Response(png, { headers: { "content-type": "image/png" } }) : Response.json(answer);
    };
    const client = createClient({ apiKey: TEST_KEY, baseURL: TEST_BASE_URL, fetch: fetchSpy });
    const result = await generateImage(client, { model: gemini, prompt: "a dot" });
    expect(calls).toEqual([`${TEST_BASE_URL}/chat/completions`]);
    await result.remoteImages[0]?.load();
    expect(calls).toEqual([`${TEST_BASE_URL}/chat/completions`, remote]);
  });
});

describe("generateImage() input checks (nothing is sent)", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["no model", { prompt: "x" }, "model"],
    ["an empty prompt", { model: gemini, prompt: " " }, "prompt"],
    ["n = 0", { model: gemini, prompt: "x", n: 0 }, "n"],
    ["n = 11", { model: gemini, prompt: "x", n: 11 }, "n"],
    ["n = 1.5", { model: gemini, prompt: "x", n: 1.5 }, "n"],
    ["aspect_ratio 16/9", { model: gemini, prompt: "x", aspect_ratio: "16/9" }, "aspect_ratio"],
    ["aspect_ratio twice, differently", { model: gemini, prompt: "x", aspect_ratio: "1:1", image_config: { aspect_ratio: "4:3" } }, "aspect_ratio"],
    ["modalities without image", { model: gemini, prompt: "x", modalities: ["text"] }, "modalities"],
    ["a file path as an input image", { model: gemini, prompt: "x", images: ["./cat.png"] }, "images.0"],
    ["bytes of unknown type as an input image", { model: gemini, prompt: "x", images: [new Uint8Array([1, 2, 3])] }, "images.0"],
  ];
  for (const [what, params, field] of cases) {
    it(`refuses ${what}`, async () => {
      const send = vi.fn();
      const error = await generateImage(testClient({ fetch: send as unknown as typeof fetch }), params as never).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.field).toBe(field);
      expect(send).not.toHaveBeenCalled();
    });
  }
});
describe("generateImage() on a malformed 200", () => {
  // Found by looking: both threw a raw TypeError ("Cannot read properties of null", "wire is not iterable").
  it("throws ResponseValidationError for a null body", async () => {
    api().post("/api/v1/chat/completions").reply(200, "null", { "content-type": "application/json" });
    const error = await generateImage(testClient(), { model: gemini, prompt: "a dot" }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain("body is not an object");
  });

  it("throws ResponseValidationError naming message.images when it is not an array", async () => {
    const body = fixtureJSON("chat-image-gemini.json");
    body.choices[0].message.images = {};
    replyOnce(body);
    const error = await generateImage(testClient(), { model: gemini, prompt: "a dot" }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain("choices[0].message.images is not an array");
  });
});
