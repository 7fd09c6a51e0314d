// The failure paths every endpoint shares (CONTRIBUTING.md, the endpoint recipe, step 5), run against the local
// OpenRouter: aborts and deadlines need real sockets (nock cannot abort a body). Each endpoint's test file calls
// sharedFailurePaths() with how to call it, a valid answer and a malformed one.
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createClient } from "../../src/core/client.js";
import type { RequestOptions } from "../../src/core/options.js";
import { AbortError, InsufficientCreditsError, ResponseValidationError, TimeoutError } from "../../src/errors/index.js";
import { type LocalOpenRouter, type Script, startLocalOpenRouter } from "../server/openrouter-server.js";
import { TEST_KEY } from "./nock.js";

export interface EndpointCase {
  /** e.g. "createSpeech()". */
  name: string;
  /** Calls the endpoint and reads its answer to the end (a binary body too). */
  call: (client: Client, options?: RequestOptions) => Promise<unknown>;
  /** A valid answer. */
  ok: Script;
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

    it(`retries a ${c.idempotent === false ? 429 : 503} and then succeeds`, async () => {
      const status = c.idempotent === false ? 429 : 503;
      server.enqueue({ ...error(status, "busy"), headers: { "retry-after-ms": "1" } }, c.ok);
      const before = server.requests.length;
      await c.call(client({ maxRetries: 1 }));
      expect(server.requests.length - before).toBe(2);
    });

    if (c.idempotent === false) {
      it("does not retry a 503: the server may have acted on it", async () => {
        server.enqueue(error(503, "down"), c.ok);
        const before = server.requests.length;
        await expect(c.call(client({ maxRetries: 2 }))).rejects.toMatchObject({ status: 503 });
        expect(server.requests.length - before).toBe(1);
        await c.call(client()); // takes the answer left in the queue

      });
    }

    it("stops at once with AbortError when the caller aborts", async () => {
      server.enqueue({ ...c.ok, headerDelay: 5_000 });
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
      server.enqueue({ ...c.ok, headerDelay: 3_000 });
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
