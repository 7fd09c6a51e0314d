import { getEventListeners } from "node:events";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { chat } from "../../src/chat/chat.js";
import { stream } from "../../src/chat/stream.js";
import { createClient } from "../../src/core/client.js";
import { ProviderError, ResponseValidationError, StreamError } from "../../src/errors/index.js";
import { listModels } from "../../src/models/list-models.js";
import { TEST_KEY } from "../helpers/nock.js";
import { faultServer, params, runScenarios, useFaultServer } from "./fault-harness.js";
import { chunk, errorBody, json, text } from "./fault-wire.js";
import { httpScenarios } from "./http-scenarios.js";
import { networkScenarios } from "./network-scenarios.js";
import { streamScenarios } from "./stream-scenarios.js";

// Every bad thing the network, OpenRouter or the caller can do, met by chat(), stream() and listModels() against a
// real socket. Each case asserts the error class (or a correct result), what `partial` kept, a wall-time bound,
// that the server saw the answer closed (no leaked socket), and that nothing was rejected unhandled or warned.
// The tables are in *-scenarios.ts; the summary line is printed when the file is done.

useFaultServer();

describe("fault injection against the local OpenRouter", () => {
  runScenarios([...networkScenarios, ...httpScenarios, ...streamScenarios]);
});

describe("calls that share a client's signal", () => {
  it("leave no listener on it and no answer open, whether they failed, broke off or were abandoned", async () => {
    const server = faultServer();
    const shutdown = new AbortController();
    const client = createClient({ apiKey: TEST_KEY, baseURL: server.baseURL, maxRetries: 0, signal: shutdown.signal, idleTimeout: 100 });
    const first = server.requests.length;
    for (let i = 0; i < 6; i++) {
      server.enqueue({ status: 502, body: errorBody(502, "down") });
      await expect(chat(client, params)).rejects.toBeInstanceOf(ProviderError);
      server.enqueue({ steps: [...text("a"), { data: chunk({}, { error: { code: 500, message: "x" } }) }] });
      await expect((await stream(client, params)).final()).rejects.toBeInstanceOf(StreamError);
      server.enqueue({ steps: [...text("a", "b"), { stall: true }] });
      for await (const _ of await stream(client, params)) break;
      // Abandoned: never read. The idle timeout must still end it.
      server.enqueue({ steps: [...text("a"), { stall: true }] });
      await stream(client, params);
      server.enqueue({ headers: json, body: "{" });
      await expect(listModels(client)).rejects.toBeInstanceOf(ResponseValidationError);
    }
    await new Promise((done) => setTimeout(done, 300));
    expect(getEventListeners(shutdown.signal, "abort")).toHaveLength(0);
    expect(server.requests.slice(first).filter((request) => request.responseOpen())).toHaveLength(0);
  });
});

describe("a stream nobody reads", () => {
  it("is still closed by its idle timeout after a garbage collection", async () => {
    // fetch links a signal to its request through weak references; a collected request used to make the abort a
    // no-op, leaving the connection open for good.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const server = faultServer();
    const client = createClient({ apiKey: TEST_KEY, baseURL: server.baseURL, maxRetries: 0, idleTimeout: 200 });
    const first = server.requests.length;
    for (let i = 0; i < 3; i++) {
      server.enqueue({ steps: [...text("a"), { stall: true }] });
      await stream(client, params);
    }
    gc();
    await new Promise((done) => setTimeout(done, 600));
    expect(server.requests.slice(first).filter((request) => request.responseOpen())).toHaveLength(0);
  });
});
