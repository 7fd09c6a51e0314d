import { inspect } from "node:util";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createClient } from "../../src/core/client.js";
import type { ClientOptions } from "../../src/core/options.js";
import { AbortError, APIError, ResponseValidationError, TimeoutError } from "../../src/errors/index.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";
import { TEST_KEY } from "./nock.js";

/** One endpoint, for the failure paths every endpoint shares. */
export interface SharedFailureCase {
  /** The call under test, e.g. `(client, o) => rerank(client, params, o)`. */
  call: (client: Client, options?: { signal?: AbortSignal }) => Promise<unknown>;
  /** A 200 body the reader must refuse, and the field its ResponseValidationError names. */
  malformed: { body: unknown; field: string };
}

/**
 * The failure paths of the endpoint recipe against the local OpenRouter (real sockets, so aborts and deadlines are
 * real): an error status gives its class, a 503 is retried into the default answer, an abort and a deadline end a
 * slow answer, a malformed body gives a ResponseValidationError naming the field, and an echoed key is in no error.
 */
export function describeSharedFailures(name: string, endpoint: SharedFailureCase): void {
  describe(`${name}: the failure paths every endpoint shares`, () => {
    let server: LocalOpenRouter;
    // Beside useNock() in the same file: the local server's sockets are let through, every other host stays shut.
    beforeAll(async () => {
      nock.enableNetConnect("127.0.0.1");
      server = await startLocalOpenRouter();
    });
    afterAll(async () => {
      nock.disableNetConnect();
      await server.close();
    });
    const client = (options: ClientOptions = {}) => createClient({ apiKey: TEST_KEY, baseURL: server.baseURL, maxRetries: 0, ...options });

    it("an error status gives its class, not retried", async () => {
      server.enqueue({ status: 422, body: { error: { code: 422, message: "Invalid argument" } } });
      const before = server.requests.length;
      const error = await endpoint.call(client({ maxRetries: 2 })).catch((e: unknown) => e);
      expect((error as Error).name).toBe("UnprocessableEntityError");
      expect((error as APIError).status).toBe(422);
      expect(server.requests.length - before).toBe(1);
    });

    it("a 529 is retried, and the answer that follows is returned", async () => {
      server.enqueue({ status: 529, headers: { "retry-after-ms": "1" }, body: { error: { code: 529, message: "Provider returned error" } } });
      const before = server.requests.length;
      await expect(endpoint.call(client({ maxRetries: 1 }))).resolves.toBeDefined();
      expect(server.requests.length - before).toBe(2);
    });

    it("the caller's abort ends a slow answer with AbortError and closes the socket", async () => {
      server.enqueue({ headerDelay: 5_000, body: {} });
      const before = server.requests.length;
      const controller = new AbortController();
      const pending = endpoint.call(client(), { signal: controller.signal }).catch((e: unknown) => e);
      // Abort once the server holds the request, so that the socket watched below is this request's.
      while (server.requests.length === before) await new Promise((r) => setTimeout(r, 5));
      const started = Date.now();
      controller.abort();
      expect(await pending).toBeInstanceOf(AbortError);
      expect(Date.now() - started).toBeLessThan(2_000);
      await server.lastSocketClosed(3_000);
    });

    it("the deadline ends a slow answer with TimeoutError", async () => {
      server.enqueue({ headerDelay: 5_000, body: {} });
      const error = await endpoint.call(client({ timeout: 100 })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
    });

    it(`a malformed body gives a ResponseValidationError naming ${endpoint.malformed.field}`, async () => {
      server.enqueue({ body: endpoint.malformed.body });
      const error = await endpoint.call(client()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as Error).message).toContain(endpoint.malformed.field);
    });

    it("the key is in no error, even when the server echoes it", async () => {
      server.enqueue({
        status: 401,
        headers: { "x-echo": `Bearer ${TEST_KEY}` },
        body: { error: { code: 401, message: `Invalid key ${TEST_KEY}`, metadata: { raw: TEST_KEY } }, user_id: TEST_KEY },
      });
      const error = await endpoint.call(client()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIError);
      for (const text of [(error as Error).message, String(error), JSON.stringify(error), inspect(error, { depth: Infinity, showHidden: true }), String((error as Error).stack)]) {
        expect(text).not.toContain(TEST_KEY);
      }
      expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    });
  });
}
