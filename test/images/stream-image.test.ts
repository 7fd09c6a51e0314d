import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AbortError, ConnectionError, InsufficientCreditsError, ResponseValidationError, StreamError, ValidationError } from "../../src/errors/index.js";
import { type ImageStreamEvent, type OtherImageStreamEvent, type StreamedImageResult, createImage, isImageStreamFailure, streamImage } from "../../src/images/index.js";
import { createOpenRouter } from "../../src/openrouter.js";
import { sharedFailurePaths } from "../helpers/endpoint-failures.js";
import { fixtureJSON, fixtureText } from "../helpers/fixtures.js";
import { TEST_KEY } from "../helpers/nock.js";
import { chunkings, drain, localClient } from "../helpers/stream-steps.js";
import { type LocalOpenRouter, type Script, startLocalOpenRouter } from "../server/openrouter-server.js";

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const params = { model: "openai/gpt-image-1", prompt: "a lighthouse at dusk" };
const client = (options = {}) => localClient(server, options);
const png: string = fixtureJSON("images-generate.json").data[0].b64_json;
const pngBytes = Uint8Array.from(Buffer.from(png, "base64"));
const partial = (i: number) => ({ data: { type: "image_generation.partial_image", partial_image_index: i, b64_json: png } });

/** Every event of a stream, then final() (or the error either threw). */
async function read(script?: Script, options = {}) {
  if (script) server.enqueue(script);
  const answer = await streamImage(client(options), params);
  const events: ImageStreamEvent[] = [];
  let error: unknown;
  try {
    for await (const event of answer) events.push(event);
  } catch (e) {
    error = e;
  }
  const result = await answer.final().catch((e: unknown) => e);
  return { events, error, result: result as StreamedImageResult, answer };
}

describe("streamImage()", () => {
  for (const [how, script] of chunkings(fixtureText("images-stream.sse"))) {
    it(`yields the partial and completed events, and final() decodes like createImage() (${how})`, async () => {
      const { events, error, result } = await read(script);
      expect(error).toBeUndefined();
      expect(events.map((e) => e.type)).toEqual(["image_generation.partial_image", "image_generation.completed"]);
      expect(result.images).toHaveLength(1);
      expect(result.images[0]?.bytes).toEqual(pngBytes);
      expect(result.images[0]?.dataUrl).toBe(`data:image/png;base64,${png}`);
      expect(result.partialImages.map((i) => i.mimeType)).toEqual(["image/png"]);
      expect(result.usage?.cost).toBe(0.04);
    });
  }

  it("is the local server's default answer, and sends stream: true", async () => {
    const { result, answer } = await read();
    expect(server.requests.at(-1)?.body).toMatchObject({ ...params, stream: true });
    expect(answer.headers.get("x-generation-id")).toBe("gen-local-image");
    const buffered = await createImage(client(), params);
    expect(result.images.map(({ mimeType, base64 }) => ({ mimeType, base64 }))).toEqual(buffered.images.map(({ mimeType, base64 }) => ({ mimeType, base64 })));
    expect(result.generationId).toBe(buffered.generationId);
  });

  it("hands a provider's buffered JSON answer out as completed events", async () => {
    const answer = fixtureJSON("images-generate.json");
    const { events, error, result } = await read({ body: { ...answer, data: [...answer.data, { b64_json: png, media_type: "image/png" }] } });
    expect(error).toBeUndefined();
    expect(events.map((e) => e.type)).toEqual(["image_generation.completed", "image_generation.completed"]);
    expect(result.images).toHaveLength(2);
    expect(result.partialImages).toEqual([]);
    expect(result.raw.created).toBe(1748372400);
    expect(result.usage?.cost).toBe(0.04);
  });

  it("reads a JSON error sent with 200 as its error, and refuses an HTML page", async () => {
    server.enqueue({ body: { error: { code: 402, message: "Insufficient credits" } } });
    await expect(streamImage(client(), params)).rejects.toBeInstanceOf(InsufficientCreditsError);
    server.enqueue({ headers: { "content-type": "text/html" }, body: "<html><title>Login</title></html>" });
    await expect(streamImage(client(), params)).rejects.toThrow(/Expected an event stream or the images but OpenRouter answered 200 with an HTML page/);
  });

  it("keeps every event for a slow reader, with gaps shorter than idleTimeout", async () => {
    const steps = [partial(0), { wait: 40 }, partial(1), { wait: 40 }, partial(2), { raw: fixtureText("images-stream.sse").split("\n\n").slice(1).join("\n\n") }];
    server.enqueue({ steps });
    const answer = await streamImage(client({ idleTimeout: 150 }), params);
    const indexes: unknown[] = [];
    for await (const event of answer) {
      if (event.type === "image_generation.partial_image") indexes.push(event.partial_image_index);
      await new Promise((done) => setTimeout(done, 200)); // longer than idleTimeout: the consumer is busy, not the server
    }
    expect(indexes).toEqual([0, 1, 2]);
    expect((await answer.final()).partialImages).toHaveLength(3);
  });

  it("passes unknown events through and streams an SVG's text", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"></svg>';
    const completed = { type: "image_generation.completed", b64_json: Buffer.from(svg).toString("base64"), created: 1 };
    const { events, result } = await read({
      steps: [
        { data: { type: "image_generation.text_chunk", phase: "reasoning", text: "thinking" } },
        { data: { type: "image_generation.text_chunk", phase: "content", text: svg.slice(0, 20) } },
        { data: { type: "image_generation.brand_new", x: 1 } },
        { data: { type: "image_generation.text_chunk", phase: "content", text: svg.slice(20) } },
        { data: completed },
        { done: true },
      ],
    });
    expect(events.find((e) => (e as OtherImageStreamEvent).type === "image_generation.brand_new")).toEqual({ type: "image_generation.brand_new", x: 1 });
    expect(result.text).toBe(svg);
    expect(result.images[0]?.mimeType).toBe("image/svg+xml");
    server.enqueue({ steps: [{ data: { type: "image_generation.text_chunk", phase: "content", text: svg } }, { data: completed }, { done: true }] });
    expect(await new Response((await streamImage(client(), params)).toReadableStream()).text()).toBe(svg);
  });

  it("throws a StreamError for an error event, with the partial images on it and the key in no part of it", async () => {
    const error = { type: "error", error: { code: "server_error", message: `upstream failed for ${TEST_KEY}`, param: null, type: "provider_error" } };
    server.enqueue({ steps: [partial(0), partial(1), { data: error }] });
    const answer = await streamImage(localClient(server, { apiKey: TEST_KEY }), params);
    const failure = await drain(answer);
    expect(failure).toBeInstanceOf(StreamError);
    expect(isImageStreamFailure(failure)).toBe(true);
    if (!isImageStreamFailure(failure)) return;
    expect(failure.source).toBe("images");
    const partialResult = failure.partial;
    expect(partialResult.partialImages).toHaveLength(2);
    expect(partialResult.partialImages[1]?.bytes).toEqual(pngBytes);
    expect(partialResult.images).toEqual([]);
    expect((failure as unknown as StreamError).code).toBe("server_error");
    const everything = JSON.stringify({ message: (failure as Error).message, ...(failure as object), cause: String((failure as Error).cause) });
    expect(everything).not.toContain(TEST_KEY);
    await expect(answer.final()).rejects.toBe(failure);
  });

  it("names the broken field of a malformed event with a ResponseValidationError", async () => {
    const { error } = await read({ steps: [{ data: { type: "image_generation.partial_image", partial_image_index: 0, b64_json: "%%%" } }] });
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toMatch(/image_generation\.partial_image\.b64_json is not base64/);
    const missing = await read({ steps: [{ data: { type: "image_generation.completed", created: 1 } }, { done: true }] });
    expect(missing.error).toBeInstanceOf(ResponseValidationError);
    expect((missing.error as Error).message).toMatch(/image_generation\.completed has neither b64_json/);
  });

  it("throws a ConnectionError with the partial images when the stream ends before an image is complete", async () => {
    const { error } = await read({ steps: [partial(0), { drop: true }] });
    expect(error).toBeInstanceOf(ConnectionError);
    expect(isImageStreamFailure(error) && error.partial.partialImages).toHaveLength(1);
  });

  it("abort() and break close the connection", async () => {
    server.enqueue({ steps: [partial(0), { stall: true }] });
    const answer = await streamImage(client(), params);
    for await (const event of answer) if (event.type === "image_generation.partial_image") break;
    expect((await answer.final()).partialImages).toHaveLength(1);
    await server.lastSocketClosed();
    server.enqueue({ steps: [partial(0), { stall: true }] });
    const aborted = await streamImage(client(), params);
    setTimeout(() => aborted.abort(), 50);
    const error = await drain(aborted);
    expect(error).toBeInstanceOf(AbortError);
    expect(isImageStreamFailure(error) && error.partial.partialImages).toHaveLength(1);
    await server.lastSocketClosed();
  });

  it("refuses bad input before sending, naming the field", async () => {
    const before = server.requests.length;
    await expect(streamImage(client(), { ...params, prompt: "" })).rejects.toMatchObject({ name: "ValidationError", field: "prompt" });
    await expect(streamImage(client(), { ...params, n: 0 })).rejects.toMatchObject({ field: "n" });
    await expect(streamImage(client(), null as never)).rejects.toBeInstanceOf(ValidationError);
    expect(server.requests.length).toBe(before);
  });

  it("is images.stream on the facade", async () => {
    const openrouter = createOpenRouter({ apiKey: "sk-or-v1-local", baseURL: server.baseURL, maxRetries: 0 });
    const answer = await openrouter.images.stream(params);
    expect((await answer.final()).images[0]?.mimeType).toBe("image/png");
  });
});

sharedFailurePaths({
  name: "streamImage()",
  call: async (client, options) => (await streamImage(client, params, options)).final(),
  ok: { steps: [{ raw: fixtureText("images-stream.sse") }] },
  malformed: { body: { created: 1, data: "nope" } },
  malformedMessage: "data is not an array",
});
