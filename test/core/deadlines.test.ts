import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chat } from "../../src/chat/chat.js";
import { createClient } from "../../src/core/client.js";
import { AbortError, ConnectionError, ResponseValidationError, TimeoutError } from "../../src/errors/index.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const client = (options = {}) => createClient({ apiKey: "sk-or-v1-local", baseURL: server.baseURL, maxRetries: 0, ...options });
const params = { model: "openai/gpt-4.1-nano", prompt: "x" };

describe("deadlines and cancellation against a real socket", () => {
  it("times out slow headers with TimeoutError and closes the connection", async () => {
    server.enqueue({ headerDelay: 2_000, body: {} });
    const started = Date.now();
    const error = await chat(client({ timeout: 150 }), params).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeoutMs).toBe(150);
    expect(Date.now() - started).toBeLessThan(1_000);
    await server.lastSocketClosed();
  });

  it("covers the body of a non-streamed answer too", async () => {
    server.enqueue({ steps: [{ raw: '{"id":' }, { stall: true }] });
    const error = await chat(client({ timeout: 200 }), params).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    await server.lastSocketClosed();
  });

  it("throws AbortError when the caller aborts, and the server sees the socket close", async () => {
    server.enqueue({ headerDelay: 5_000, body: {} });
    const controller = new AbortController();
    const pending = chat(client(), params, { signal: controller.signal }).catch((e) => e);
    setTimeout(() => controller.abort(), 100);
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    await server.lastSocketClosed();
  });

  it("honours a signal that is already aborted without sending", async () => {
    const before = server.requests.length;
    const error = await chat(client(), params, { signal: AbortSignal.abort() }).catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests.length).toBe(before);
  });

  it("aborts everything when the client's own signal fires", async () => {
    server.enqueue({ headerDelay: 5_000, body: {} });
    const shutdown = new AbortController();
    const pending = chat(client({ signal: shutdown.signal }), params, { timeout: 10_000 }).catch((e) => e);
    setTimeout(() => shutdown.abort(), 50);
    expect(await pending).toBeInstanceOf(AbortError);
  });

  it("reports a connection reset before headers as ConnectionError, after retrying it", async () => {
    server.enqueue({ reset: true }, { reset: true });
    const before = server.requests.length;
    const error = await chat(client({ maxRetries: 1 }), params).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(server.requests.length - before).toBe(2);
  });

  it("reports a refused connection as ConnectionError naming ECONNREFUSED", async () => {
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, "127.0.0.1", done));
    const port = (probe.address() as { port: number }).port;
    await new Promise((done) => probe.close(done));
    const refused = createClient({ apiKey: "sk-or-v1-local", baseURL: `http://127.0.0.1:${port}/api/v1`, maxRetries: 0 });
    const error = await chat(refused, params).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  it("reports truncated JSON as ResponseValidationError with the text", async () => {
    server.enqueue({ body: '{"id":"gen-1","choices":[' });
    const error = await chat(client(), params).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.text).toBe('{"id":"gen-1","choices":[');
  });

  it("accepts whitespace before a JSON body", async () => {
    server.enqueue({ body: `\n\n  ${JSON.stringify({ id: "gen-ws", object: "chat.completion", created: 1, model: "m", choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: "hi" } }] })}` });
    const result = await chat(client(), params);
    expect(result.text).toBe("hi");
  });
});
