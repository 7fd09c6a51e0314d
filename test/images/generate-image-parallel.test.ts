import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/core/client.js";
import { BadRequestError } from "../../src/errors/index.js";
import { generateImage } from "../../src/images/index.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

// A real local server: aborting requests that nock is serving crashes undici (toolchain.md, pitfall 4).
let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const client = () => createClient({ apiKey: "sk-or-v1-local", baseURL: server.baseURL, maxRetries: 0 });

describe("generateImage() with n > 1 against a local OpenRouter", () => {
  it("gets one image per request from the default Gemini answer", async () => {
    const before = server.requests.length;
    const { images } = await generateImage(client(), { model: "google/gemini-2.5-flash-image", prompt: "a dot", n: 2 });
    expect(images).toHaveLength(2);
    expect(server.requests.slice(before).map((r) => r.body.modalities)).toEqual([["image", "text"], ["image", "text"]]);
  });

  it("throws the first failure at once and aborts the requests still running", async () => {
    server.enqueue(
      { status: 400, body: { error: { code: 400, message: "Prompt rejected" } } },
      { headerDelay: 5_000, body: {} },
    );
    const before = server.requests.length;
    const started = Date.now();
    const error = await generateImage(client(), { model: "google/gemini-2.5-flash-image", prompt: "a dot", n: 2 }).catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toContain("Prompt rejected");
    expect(Date.now() - started).toBeLessThan(2_000);
    // The slow request is recorded once its body has arrived; then its socket must close long before it would answer.
    while (server.requests.length < before + 2 && Date.now() - started < 2_000) await new Promise((done) => setTimeout(done, 10));
    await server.requests[before + 1]?.socketClosed(2_000);
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
