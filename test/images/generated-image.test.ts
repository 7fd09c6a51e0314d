import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callOptions, createClient } from "../../src/core/client.js";
import type { ClientOptions } from "../../src/core/options.js";
import { AbortError, ConnectionError, ResponseValidationError, TimeoutError } from "../../src/errors/index.js";
import { toGeneratedImage, toRemoteImage } from "../../src/images/generated-image.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_KEY } from "../helpers/nock.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

// Downloads go over real sockets to the local server: an abort and a deadline need them.
let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const pngUrl = () => fixtureJSON("chat-image-gemini.json").choices[0].message.images[0].image_url.url as string;
const png = () => new Uint8Array(Buffer.from(pngUrl().split(",")[1] ?? "", "base64"));
const options = (client: ClientOptions = {}) => callOptions(createClient({ apiKey: TEST_KEY, baseURL: server.baseURL, maxRetries: 0, ...client }), undefined);
const imageAt = (path: string) => `${new URL(server.baseURL).origin}${path}`;

describe("toGeneratedImage", () => {
  const bytes = new Uint8Array([1, 2, 3]);
  const decoded = { mimeType: "image/png", base64: "AQID", bytes, dataUrl: "data:image/png;base64,AQID" };

  it("keeps the decoded image, with its data URL as url unless another is given", () => {
    expect(toGeneratedImage(decoded)).toMatchObject({ ...decoded, url: decoded.dataUrl });
    expect(toGeneratedImage(decoded, "https://cdn.example/a.png").url).toBe("https://cdn.example/a.png");
  });

  it("makes a Blob of the bytes with the image's type", async () => {
    const blob = toGeneratedImage(decoded).toBlob();
    expect(blob.type).toBe("image/png");
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });
});

describe("toRemoteImage", () => {
  it("guesses the type from the URL's extension without downloading, or leaves it undefined", () => {
    expect(toRemoteImage("https://cdn.example/a.jpg?x=1", options()).mimeType).toBe("image/jpeg");
    expect(toRemoteImage("https://cdn.example/render", options()).mimeType).toBeUndefined();
    expect(server.requests).toHaveLength(0);
  });

  it("downloads on load(), without the API key, and gives the bytes, a data URL and the remote url", async () => {
    server.enqueue({ headers: { "content-type": "image/png; charset=binary" }, body: png() });
    const url = imageAt("/images/a.png");
    const image = await toRemoteImage(url, options()).load();
    expect(image.mimeType).toBe("image/png");
    expect(image.bytes).toEqual(png());
    expect(image.dataUrl).toBe(pngUrl());
    expect(image.url).toBe(url);
    const request = server.requests.at(-1);
    expect(request?.path).toBe("/images/a.png");
    expect(request?.headers.authorization).toBeUndefined();
  });

  it("reads the type from the bytes when the server sends none or a generic one", async () => {
    server.enqueue({ headers: { "content-type": "application/octet-stream" }, body: png() });
    expect((await toRemoteImage(imageAt("/render?id=1"), options()).load()).mimeType).toBe("image/png");
  });

  it("falls back to the URL's extension when neither header nor bytes say", async () => {
    server.enqueue({ headers: { "content-type": "application/octet-stream" }, body: new Uint8Array([1, 2, 3]) });
    expect((await toRemoteImage(imageAt("/a.webp"), options()).load()).mimeType).toBe("image/webp");
  });

  it("fails with ResponseValidationError when the download is not an image", async () => {
    server.enqueue({ headers: { "content-type": "text/html" }, body: "<html>login</html>" });
    const error = await toRemoteImage(imageAt("/page"), options()).load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("is not an image (content-type text/html");
  });

  it("fails with ResponseValidationError naming the status on an error status", async () => {
    server.enqueue({ status: 404, body: "gone" });
    const error = await toRemoteImage(imageAt("/a.png"), options()).load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toMatch(/could not be downloaded: HTTP 404/);
  });

  it("fails with ConnectionError when the connection drops", async () => {
    server.enqueue({ reset: true });
    const error = await toRemoteImage(imageAt("/a.png"), options()).load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain("could not download the image at");
  });

  it("stops with AbortError when the load's signal fires, and closes the connection", async () => {
    server.enqueue({ headerDelay: 5_000, body: png() });
    const controller = new AbortController();
    const loading = toRemoteImage(imageAt("/slow.png"), options()).load({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(loading).rejects.toBeInstanceOf(AbortError);
    await server.lastSocketClosed();
  });

  it("stops with AbortError when the client's signal fires", async () => {
    server.enqueue({ headerDelay: 5_000, body: png() });
    const controller = new AbortController();
    const loading = toRemoteImage(imageAt("/slow.png"), options({ signal: controller.signal })).load({ signal: new AbortController().signal });
    setTimeout(() => controller.abort(), 50);
    await expect(loading).rejects.toBeInstanceOf(AbortError);
  });

  it("stops with TimeoutError after the client's timeout", async () => {
    server.enqueue({ headerDelay: 5_000, body: png() });
    const started = Date.now();
    await expect(toRemoteImage(imageAt("/slow.png"), options({ timeout: 150 })).load()).rejects.toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
