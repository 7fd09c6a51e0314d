import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AbortError, TimeoutError } from "../../src/errors/index.js";
import { createMessage } from "../../src/messages/index.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { localClient } from "../helpers/stream-steps.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

const basic = () => fixtureJSON("messages-basic.json");

describe("createMessage() on real sockets", () => {
  let server: LocalOpenRouter;
  beforeAll(async () => {
    server = await startLocalOpenRouter();
  });
  afterAll(() => server.close());

  it("answers with the local server's default", async () => {
    const result = await createMessage(localClient(server), { model: "anthropic/claude-sonnet-4.5", max_tokens: 64, messages: [{ role: "user", content: "x" }] });
    expect(result.text).toContain("Hello");
  });

  it("stops at the deadline and on abort", async () => {
    server.enqueue({ headerDelay: 2_000, body: basic() });
    await expect(createMessage(localClient(server), { model: "anthropic/claude-sonnet-4.5", max_tokens: 64, messages: [{ role: "user", content: "x" }] }, { timeout: 100 })).rejects.toBeInstanceOf(TimeoutError);
    server.enqueue({ headerDelay: 2_000, body: basic() });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(createMessage(localClient(server), { model: "anthropic/claude-sonnet-4.5", max_tokens: 64, messages: [{ role: "user", content: "x" }] }, { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
  });
});
