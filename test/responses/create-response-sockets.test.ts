import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AbortError, TimeoutError } from "../../src/errors/index.js";
import { createResponse } from "../../src/responses/index.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { localClient } from "../helpers/stream-steps.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

const basic = () => fixtureJSON("responses-basic.json");

describe("createResponse() on real sockets", () => {
  let server: LocalOpenRouter;
  beforeAll(async () => {
    server = await startLocalOpenRouter();
  });
  afterAll(() => server.close());

  it("answers with the local server's default", async () => {
    const result = await createResponse(localClient(server), { model: "openai/gpt-4o", input: "x" });
    expect(result.text).toContain("chicken");
  });

  it("stops at the deadline and on abort", async () => {
    server.enqueue({ headerDelay: 2_000, body: basic() });
    await expect(createResponse(localClient(server), { model: "openai/gpt-4o", input: "x" }, { timeout: 100 })).rejects.toBeInstanceOf(TimeoutError);
    server.enqueue({ headerDelay: 2_000, body: basic() });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(createResponse(localClient(server), { model: "openai/gpt-4o", input: "x" }, { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
  });
});
