import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { AbortError, ConnectionError, StreamError, TimeoutError } from "../../src/errors/index.js";
import { isMessageStreamFailure } from "../../src/messages/index.js";
import { type ResponseResult, type ResponseStreamEvent, isResponseStreamFailure, streamResponse } from "../../src/responses/index.js";
import { fixtureText } from "../helpers/fixtures.js";
import { chunkings, drain, localClient } from "../helpers/stream-steps.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const sse = { "content-type": "text/event-stream" };
const params = { model: "openai/gpt-4o", input: "x" };
const client = (options = {}) => localClient(server, options);

/** Every event of a stream, then final() (or the error either threw). */
async function read(options = {}) {
  const answer = await streamResponse(client(options), params);
  const events: ResponseStreamEvent[] = [];
  let error: unknown;
  try {
    for await (const event of answer) events.push(event);
  } catch (e) {
    error = e;
  }
  const result = await answer.final().catch((e: unknown) => e);
  return { events, error, result, answer };
}

const families: [string, number, (result: ResponseResult) => void][] = [
  ["responses-stream-text.sse", 12, (r) => {
    expect(r.text).toBe("Hello! How can I help?");
    expect((r.output[0] as any).content[0].annotations).toEqual([expect.objectContaining({ type: "url_citation", url: "https://example.com" })]);
    expect(r.usage?.cost).toBe(0.0012);
    expect(r.status).toBe("completed");
  }],
  ["responses-stream-reasoning-tools.sse", 15, (r) => {
    expect(r.reasoning).toBe("Analyzed the problem and found the optimal solution.");
    expect(r.toolCalls.map((c) => [c.callId, c.name, c.parseArguments()])).toEqual([["call-abc123", "get_weather", { city: "San Francisco", units: "celsius" }]]);
    expect(r.text).toBe("");
  }],
  ["responses-stream-image.sse", 9, (r) => {
    expect(r.images).toHaveLength(1);
    expect(r.images[0]?.mimeType).toBe("image/png");
  }],
];

for (const [file, count, check] of families) {
  describe(file, () => {
    for (const [how, script] of chunkings(fixtureText(file))) {
      it(`gives every event and the same result as createResponse() (${how})`, async () => {
        server.enqueue({ ...script, headers: sse });
        const { events, error, result } = await read();
        expect(error).toBeUndefined();
        expect(events).toHaveLength(count);
        expect(events.at(-1)?.type).toBe("response.completed");
        check(result as ResponseResult);
        expect((result as ResponseResult).id).toBe("resp-abc123");
      });
    }
  });
}

describe("responses stream failures", () => {
  for (const [file, code, text] of [
    ["responses-stream-error.sse", "rate_limit_exceeded", "Hello"],
    ["responses-stream-failed.sse", "response.failed", "Hello"],
    ["responses-stream-incomplete.sse", "incomplete", "Hello! How can "],
  ] as const) {
    for (const [how, script] of chunkings(fixtureText(file)).filter(([h]) => ["whole", "line by line", "3 byte(s) at a time"].includes(h))) {
      it(`${file} throws StreamError ${code} with what arrived on partial (${how})`, async () => {
        server.enqueue({ ...script, headers: sse });
        const { events, error, result } = await read();
        expect(error).toBeInstanceOf(StreamError);
        expect(result).toBe(error);
        expect((error as StreamError).code).toBe(code);
        expect(isResponseStreamFailure(error)).toBe(true);
        expect(isResponseStreamFailure(error) && error.partial.text).toBe(text);
        expect((error as StreamError).source).toBe("responses");
        expect(events.some((e) => e.type === "response.output_text.delta")).toBe(true);
      });
    }
  }

  it("a rate-limit error event carries the status of its code", async () => {
    server.enqueue({ steps: [{ raw: fixtureText("responses-stream-error.sse") }], headers: sse });
    const error = (await read()).error as StreamError;
    expect(error.message).toContain("Rate limit exceeded");
  });

  const head = fixtureText("responses-stream-text.sse").split("\n\n").slice(0, 5).map((e) => `${e}\n\n`).join("");

  it("a drop mid-body is a ConnectionError with the text so far", async () => {
    server.enqueue({ steps: [{ raw: head }, { wait: 20 }, { drop: true }], headers: sse });
    const { error } = await read();
    expect(error).toBeInstanceOf(ConnectionError);
    expect(isResponseStreamFailure(error) && error.partial.text).toBe("Hello");
    expect(isMessageStreamFailure(error)).toBe(false);
  });

  it("a body that ends without response.completed is a ConnectionError", async () => {
    server.enqueue({ steps: [{ raw: head }], headers: sse });
    expect((await read()).error).toBeInstanceOf(ConnectionError);
  });

  it("a stall after the first event trips idleTimeout; before it, timeout", async () => {
    server.enqueue({ steps: [{ raw: head }, { stall: true }], headers: sse });
    const idle = await read({ idleTimeout: 150 });
    expect(idle.error).toBeInstanceOf(TimeoutError);
    expect(isResponseStreamFailure(idle.error) && idle.error.partial.text).toBe("Hello");
    server.enqueue({ steps: [{ stall: true }], headers: sse });
    expect((await read({ timeout: 150, idleTimeout: 5_000 })).error).toBeInstanceOf(TimeoutError);
  });

  it("a malformed event is a StreamError after the events before it", async () => {
    server.enqueue({ steps: [{ raw: head }, { raw: "data: {not json\n\n" }, { raw: "data: [1]\n\n" }], headers: sse });
    const { error, events } = await read();
    expect(events).toHaveLength(5);
    expect(error).toBeInstanceOf(StreamError);
    expect(isResponseStreamFailure(error) && error.partial.text).toBe("Hello");
  });

  it("passes unknown event types through", async () => {
    const extra = 'event: response.brand_new\ndata: {"type":"response.brand_new","sequence_number":99,"x":1}\n\n';
    server.enqueue({ steps: [{ raw: head + extra + fixtureText("responses-stream-text.sse").split("\n\n").slice(5).join("\n\n") }], headers: sse });
    const { events, error } = await read();
    expect(error).toBeUndefined();
    expect(events.map((e) => e.type)).toContain("response.brand_new");
  });

  it("abort() and break close the connection; final() then has what arrived", async () => {
    server.enqueue({ steps: [{ raw: head }, { stall: true }], headers: sse });
    const answer = await streamResponse(client(), params);
    for await (const text of answer.textStream) if (text === "Hello") break;
    expect((await answer.final()).text).toBe("Hello");
    await server.lastSocketClosed();
    server.enqueue({ steps: [{ raw: head }, { stall: true }], headers: sse });
    const aborted = await streamResponse(client(), params);
    setTimeout(() => aborted.abort(), 50);
    const error = await drain(aborted);
    expect(error).toBeInstanceOf(AbortError);
    expect(isResponseStreamFailure(error) && error.partial.text).toBe("Hello");
    await server.lastSocketClosed();
  });

  it("textStream, toReadableStream and a schema", async () => {
    server.enqueue({ steps: [{ raw: fixtureText("responses-stream-text.sse") }], headers: sse });
    const answer = await streamResponse(client(), params);
    expect(await new Response(answer.toReadableStream()).text()).toBe("Hello! How can I help?");
    server.enqueue({ steps: [{ raw: fixtureText("responses-stream-text.sse") }], headers: sse });
    const events = await new Response((await streamResponse(client(), params)).toReadableStream({ format: "sse" })).text();
    expect(events).toContain('event: response.output_text.delta\ndata: {"type":"response.output_text.delta"');
    server.enqueue({ steps: [{ raw: fixtureText("responses-stream-text.sse") }], headers: sse });
    const typed = await streamResponse(client(), params, { schema: z.object({ a: z.number() }) });
    await expect(typed.final()).rejects.toMatchObject({ name: "ResponseValidationError" });
    expect(server.requests.at(-1)?.body).toMatchObject({ stream: true, text: { format: { type: "json_schema" } } });
  });
});
