// The failure paths every endpoint shares (CONTRIBUTING.md, the endpoint recipe, step 5), run against the local
// OpenRouter: aborts and deadlines need real sockets (nock cannot abort a body). Each endpoint's test file calls
// sharedFailurePaths() with how to call it, and a malformed answer; a valid one too where the local server's default
// answer for the route is not the one wanted.
import { inspect } from "node:util";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createClient } from "../../src/core/client.js";
import type { RequestOptions } from "../../src/core/options.js";
import { AbortError, APIError, InsufficientCreditsError, ResponseValidationError, TimeoutError } from "../../src/errors/index.js";
import { type LocalOpenRouter, type Script, startLocalOpenRouter } from "../server/openrouter-server.js";
import { TEST_KEY } from "./nock.js";

export interface EndpointCase {
  /** e.g. "createSpeech()". */
  name: string;
  /** Calls the endpoint and reads its answer to the end (a binary body too). */
  call: (client: Client, options?: RequestOptions) => Promise<unknown>;
  /** A valid answer. @default the local server's default answer for the route */
  ok?: Script;
  /** An answer the SDK must refuse with ResponseValidationError; none for a download, whose every 200 is content. */
  malformed?: Script;
  /** What the ResponseValidationError's message must contain. */
  malformedMessage?: RegExp | string;
  /** `false` for a call that changes something: only 429 is retried then. @default true */
  idempotent?: boolean;
}

const error = (code: number, message: string) => ({ status: code, body: { error: { code, message } } });

export function sharedFailurePaths(c: EndpointCase): void {
  describe(`${c.name}: the failure paths every endpoint shares`, () => {
    let server: LocalOpenRouter;
    beforeAll(async () => {
      // Files that also use nock (useNock() disables the network) let the local server through.
      nock.enableNetConnect("127.0.0.1");
      server = await startLocalOpenRouter();
    });
    afterAll(() => server.close());
    const client = (options: Parameters<typeof createClient>[0] = {}) => createClient({ apiKey: TEST_KEY, baseURL: server.baseURL, maxRetries: 0, ...options });

    it("throws the status's class, and the key is in no part of the error", async () => {
      server.enqueue(error(402, `Insufficient credits for key ${TEST_KEY}`));
      const failure = await c.call(client()).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(InsufficientCreditsError);
      const everything = JSON.stringify({ message: (failure as Error).message, ...(failure as object), cause: String((failure as Error).cause) });
      expect(everything).not.toContain(TEST_KEY);
      expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    });

    const ok = c.ok ? [c.ok] : [];

    it("the key is in no error, not in inspect() either, even when the server echoes it", async () => {
      server.enqueue({
        status: 401,
        headers: { "x-echo": `Bearer ${TEST_KEY}` },
        body: { error: { code: 401, message: `Invalid key ${TEST_KEY}`, metadata: { raw: TEST_KEY } }, user_id: TEST_KEY },
      });
      const failure = await c.call(client()).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(APIError);
      for (const text of [(failure as Error).message, String(failure), JSON.stringify(failure), inspect(failure, { depth: Infinity, showHidden: true }), String((failure as Error).stack)]) {
        expect(text).not.toContain(TEST_KEY);
      }
    });

    it("a 422 gives its class and is not retried", async () => {
      server.enqueue(error(422, "Invalid argument"));
      const before = server.requests.length;
      const failure = await c.call(client({ maxRetries: 2 })).catch((e: unknown) => e);
      expect((failure as Error).name).toBe("UnprocessableEntityError");
      expect((failure as APIError).status).toBe(422);
      expect(server.requests.length - before).toBe(1);
    });

    it(`retries a ${c.idempotent === false ? 429 : "503 and a 529"} and then succeeds`, async () => {
      const statuses = c.idempotent === false ? [429] : [503, 529];
      for (const status of statuses) server.enqueue({ ...error(status, "busy"), headers: { "retry-after-ms": "1" } });
      server.enqueue(...ok);
      const before = server.requests.length;
      await c.call(client({ maxRetries: statuses.length }));
      expect(server.requests.length - before).toBe(statuses.length + 1);
    });

    if (c.idempotent === false) {
      it("does not retry a 503: the server may have acted on it", async () => {
        server.enqueue(error(503, "down"), ...ok);
        const before = server.requests.length;
        await expect(c.call(client({ maxRetries: 2 }))).rejects.toMatchObject({ status: 503 });
        expect(server.requests.length - before).toBe(1);
        await c.call(client()); // takes the answer left in the queue, if any
      });
    }

    it("stops at once with AbortError when the caller aborts", async () => {
      server.enqueue({ ...(c.ok ?? { body: {} }), headerDelay: 5_000 });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 80);
      const started = Date.now();
      const failure = await c.call(client(), { signal: controller.signal }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(AbortError);
      // Well before the answer would come (5 s), with room for a loaded CI machine.
      expect(Date.now() - started).toBeLessThan(3_000);
      await server.lastSocketClosed(2_000);
    });

    it("throws TimeoutError when the answer does not come within timeout", async () => {
      server.enqueue({ ...(c.ok ?? { body: {} }), headerDelay: 3_000 });
      const failure = await c.call(client({ timeout: 80 })).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(TimeoutError);
      expect((failure as TimeoutError).timeoutMs).toBe(80);
      await server.lastSocketClosed(2_000);
    });

    const { malformed, malformedMessage = "" } = c;
    if (malformed) {
      it("throws ResponseValidationError for a malformed answer", async () => {
        server.enqueue(malformed);
        const failure = await c.call(client()).catch((e: unknown) => e);
        expect(failure).toBeInstanceOf(ResponseValidationError);
        expect((failure as Error).message).toMatch(malformedMessage);
      });
    }
  });
}
