import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AbortError, ConnectionError, StreamError, TimeoutError } from "../../src/errors/index.js";
import { type MessageResult, type MessageStreamEvent, isMessageStreamFailure, streamMessage } from "../../src/messages/index.js";
import { isResponseStreamFailure } from "../../src/responses/index.js";
import { fixtureJSON, fixtureText } from "../helpers/fixtures.js";
import { chunkings, drain, localClient } from "../helpers/stream-steps.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const sse = { "content-type": "text/event-stream" };
const params = { model: "anthropic/claude-sonnet-4.5", max_tokens: 256, messages: [{ role: "user" as const, content: "Hello, how are you?" }] };
const client = (options = {}) => localClient(server, options);

async function read(options = {}) {
  const answer = await streamMessage(client(options), params);
  const events: MessageStreamEvent[] = [];
  let error: unknown;
  try {
    for await (const event of answer) events.push(event);
  } catch (e) {
    error = e;
  }
  return { events, error, result: await answer.final().catch((e: unknown) => e) };
}

describe("messages-stream-text.sse", () => {
  for (const [how, script] of chunkings(fixtureText("messages-stream-text.sse"))) {
    it(`gives every event (ping included) and the text, stop reason and usage (${how})`, async () => {
      server.enqueue({ ...script, headers: sse });
      const { events, error, result } = await read();
      expect(error).toBeUndefined();
      expect(events.map((e) => e.type)).toEqual(["message_start", "content_block_start", "ping", "content_block_delta", "content_block_delta", "content_block_stop", "message_delta", "message_stop"]);
      const r = result as MessageResult;
      expect(r.text).toBe(fixtureJSON("messages-basic.json").content[0].text);
      expect(r.stopReason).toBe("end_turn");
      expect(r.usage).toMatchObject({ input_tokens: 12, output_tokens: 15, cost: 0.0002 });
      expect(r.id).toBe("msg_01XFDUDYJgAACzvnptvVoYEL");
    });
  }
});

describe("messages-stream-tool-use.sse", () => {
  for (const [how, script] of chunkings(fixtureText("messages-stream-tool-use.sse"))) {
    it(`builds thinking with its signature and a tool use from its JSON pieces (${how})`, async () => {
      server.enqueue({ ...script, headers: sse });
      const r = (await read()).result as MessageResult;
      expect(r.thinking).toBe("Let me think about this...");
      expect(r.message.content[0]).toMatchObject({ type: "thinking", signature: "sig_abc123" });
      expect(r.toolUses).toEqual([{ type: "tool_use", id: "toolu_01abc", name: "get_weather", input: { location: "San Francisco" } }]);
      expect(r.stopReason).toBe("tool_use");
    });
  }
});

describe("messages stream failures", () => {
  for (const [how, script] of chunkings(fixtureText("messages-stream-error.sse")).slice(0, 4)) {
    it(`an error event throws StreamError with the text so far (${how})`, async () => {
      server.enqueue({ ...script, headers: sse });
      const { error, result, events } = await read();
      expect(error).toBeInstanceOf(StreamError);
      expect(result).toBe(error);
      expect((error as StreamError).code).toBe("overloaded_error");
      expect((error as StreamError).message).toContain("Overloaded");
      expect(isMessageStreamFailure(error) && error.partial.text).toBe("Hello!");
      expect((error as StreamError).source).toBe("messages");
      expect(events).toHaveLength(3);
    });
  }

  const head = fixtureText("messages-stream-text.sse").split("\n\n").slice(0, 4).map((e) => `${e}\n\n`).join("");

  it("drop, missing message_stop, stall, malformed event", async () => {
    server.enqueue({ steps: [{ raw: head }, { wait: 20 }, { drop: true }], headers: sse });
    const dropped = (await read()).error;
    expect(dropped).toBeInstanceOf(ConnectionError);
    expect(isMessageStreamFailure(dropped) && dropped.partial.text).toBe("Hello! I'm doing well,");
    server.enqueue({ steps: [{ raw: head }], headers: sse });
    expect((await read()).error).toBeInstanceOf(ConnectionError);
    server.enqueue({ steps: [{ raw: head }, { stall: true }], headers: sse });
    const stalled = (await read({ idleTimeout: 150 })).error;
    expect(stalled).toBeInstanceOf(TimeoutError);
    expect(isMessageStreamFailure(stalled) && stalled.partial.text).toBe("Hello! I'm doing well,");
    server.enqueue({ steps: [{ raw: head }, { raw: "data: nope\n\n" }, { raw: "data: 1\n\n" }], headers: sse });
    const malformed = (await read()).error;
    expect(malformed).toBeInstanceOf(StreamError);
    expect(isMessageStreamFailure(malformed) && malformed.partial.text).toBe("Hello! I'm doing well,");
  });

  it("tells its failures from other streams' and from errors without a partial", async () => {
    server.enqueue({ steps: [{ raw: head }, { wait: 20 }, { drop: true }], headers: sse });
    const dropped = (await read()).error;
    expect(isMessageStreamFailure(dropped)).toBe(true);
    expect(isResponseStreamFailure(dropped)).toBe(false);
    // The same classes from a chat stream, or with nothing received, are not a Messages stream's failure.
    expect(isMessageStreamFailure(new ConnectionError("cut", { partial: { text: "x" } as never }))).toBe(false);
    expect(isMessageStreamFailure(new AbortError())).toBe(false);
    expect(new AbortError().source).toBeUndefined();
    expect(isMessageStreamFailure(new Error("plain"))).toBe(false);
    expect(isMessageStreamFailure(Object.assign(new Error("named alike"), { name: "StreamError", source: "messages" }))).toBe(false);
  });

  it("break and abort() close the connection", async () => {
    server.enqueue({ steps: [{ raw: head }, { stall: true }], headers: sse });
    const answer = await streamMessage(client(), params);
    for await (const _ of answer.textStream) break;
    expect((await answer.final()).text).toBe("Hello! I'm doing well,");
    await server.lastSocketClosed();
    server.enqueue({ steps: [{ raw: head }, { stall: true }], headers: sse });
    const aborted = await streamMessage(client(), params);
    setTimeout(() => aborted.abort(), 50);
    expect(await drain(aborted)).toBeInstanceOf(AbortError);
    await server.lastSocketClosed();
  });

  it("sends stream: true, and replays as text", async () => {
    server.enqueue({ steps: [{ raw: fixtureText("messages-stream-text.sse") }], headers: sse });
    const answer = await streamMessage(client(), { ...params, provider: { order: ["Anthropic"] } });
    expect(await new Response(answer.toReadableStream()).text()).toBe("Hello! I'm doing well, thank you for asking.");
    expect(server.requests.at(-1)?.body).toMatchObject({ stream: true, provider: { order: ["Anthropic"] } });
  });
});
