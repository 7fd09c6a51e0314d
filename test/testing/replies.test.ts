// The other direction of "the mock passes the fixture suite": the SDK runs against the mock everywhere else; here the
// mock's scripted answers are held against the live captures, so a reply helper cannot invent a field, drop one an
// app reads, or send one with another type than OpenRouter does.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createMockOpenRouter, replyChat, replyErrorBody, replyText, replyToolCalls, type MockReply } from "../../src/testing/testing.js";

const capture = (name: string) => readFileSync(resolve(import.meta.dirname, "../fixtures", name), "utf8");
const base = "https://openrouter.ai/api/v1";

/** Every leaf path of a JSON value with its type ("a.b[].c: string"); arrays as their elements, null kept apart. */
function paths(value: unknown, prefix = "", out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) paths(item, `${prefix}[]`, out);
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) paths(v, prefix ? `${prefix}.${k}` : k, out);
  else out.add(`${prefix}: ${value === null ? "null" : typeof value}`);
  return out;
}

/** The paths of a capture, where a null and a value of the path's type are both the wire's way. */
function allowed(...values: unknown[]): Set<string> {
  const out = new Set<string>();
  for (const value of values) paths(value, "", out);
  for (const path of [...out]) if (path.endsWith(": null")) for (const t of ["string", "number", "boolean"]) out.add(path.replace(/: null$/, `: ${t}`));
  return out;
}

const sseData = (text: string): unknown[] =>
  text
    .split("\n")
    .filter((line) => line.startsWith("data: ") && line !== "data: [DONE]")
    .map((line) => JSON.parse(line.slice(6)));

async function answer(reply: MockReply, body: Record<string, unknown>): Promise<{ response: Response; text: string }> {
  const mock = createMockOpenRouter();
  mock.reply(reply);
  const response = await mock.fetch(`${base}/chat/completions`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
  return { response, text: await response.text() };
}

/** Every chat chunk of the captures, and their JSON answers' usage objects: the usage of a stream's last chunk is the same object. */
const liveChunks = [
  ...["chat-stream-text.sse", "chat-stream-tool-calls.sse", "chat-stream-midstream-error.sse"].flatMap((name) => sseData(capture(name))),
  ...["chat-nonstream-basic.json", "chat-tool-call.json"].map((name) => ({ usage: JSON.parse(capture(name)).usage })),
];
const liveJSON = ["chat-nonstream-basic.json", "chat-tool-call.json", "chat-reasoning-empty-content.json", "chat-image-gemini.json"].map((name) => JSON.parse(capture(name)));

/** The paths of `actual` that the captures never have (with its types): what the mock made up. */
const invented = (actual: unknown[], capturePaths: Set<string>) => [...allowed(...actual)].filter((p) => !p.endsWith(": null") && !capturePaths.has(p));

describe("the mock's scripted replies, against the live captures", () => {
  it("a streamed text answer has the capture's framing and every field with the capture's type", async () => {
    const { response, text } = await answer(replyText(["There", " are", " 47"]), { model: "m", messages: [], stream: true });
    const live = capture("chat-stream-text.sse");
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    // The capture's framing: a processing comment first, `data: ` events split by a blank line, `[DONE]` last.
    expect(text.startsWith(": OPENROUTER PROCESSING\n\n")).toBe(true);
    expect(text.endsWith("data: [DONE]\n\n")).toBe(live.endsWith("data: [DONE]\n\n"));
    const chunks = sseData(text);
    expect(invented(chunks, allowed(...liveChunks))).toEqual([]);
    // What an app reads is there: the same id on every chunk, usage on the last, finish_reason before or on it.
    expect(new Set(chunks.map((c: any) => c.id)).size).toBe(1);
    expect((chunks.at(-1) as any).usage).toMatchObject({ prompt_tokens: expect.any(Number), completion_tokens: expect.any(Number), total_tokens: expect.any(Number) });
    expect(chunks.some((c: any) => c.choices[0].finish_reason === "stop")).toBe(true);
  });

  it("a JSON answer has no field the capture lacks, and the capture's message fields", async () => {
    const { text } = await answer(replyText("Hi"), { model: "m", messages: [] });
    const mine = JSON.parse(text);
    expect(invented([mine], allowed(...liveJSON))).toEqual([]);
    expect(mine).toMatchObject({ id: expect.any(String), object: "chat.completion", created: expect.any(Number), model: "m", usage: { total_tokens: expect.any(Number) } });
    expect(mine.choices[0]).toMatchObject({ index: 0, finish_reason: "stop", message: { role: "assistant", content: "Hi" } });
  });

  it("streamed tool-call fragments are shaped like the captured ones", async () => {
    const { text } = await answer(replyToolCalls([{ name: "get_weather", arguments: { city: "Paris" }, fragments: 3 }]), { model: "m", messages: [], stream: true });
    const chunks = sseData(text);
    expect(invented(chunks, allowed(...liveChunks))).toEqual([]);
    const calls = chunks.flatMap((c: any) => c.choices[0].delta.tool_calls ?? []);
    // The first fragment names the call (id, type, name), the rest carry only index and arguments, as on the wire.
    expect(calls[0]).toMatchObject({ index: 0, id: expect.any(String), type: "function", function: { name: "get_weather" } });
    for (const later of calls.slice(1)) expect(Object.keys(later).sort()).toEqual(["function", "index"]);
    expect(calls.map((c: any) => c.function.arguments).join("")).toBe(JSON.stringify({ city: "Paris" }));
  });

  it("a mid-stream error chunk is shaped like the captured one", async () => {
    const { text } = await answer(replyChat({ text: ["The first", " three"] }, { errorAfter: { events: 2, code: 502, message: "Upstream error" } }), { model: "m", messages: [], stream: true });
    const live = sseData(capture("chat-stream-midstream-error.sse"));
    const mine = sseData(text);
    const liveError = live.find((c: any) => c.error) as any;
    const myError = mine.find((c: any) => c.error) as any;
    expect(myError).toBeDefined();
    expect(invented([myError], allowed(liveError))).toEqual([]);
    expect(myError.choices[0].finish_reason).toBe(liveError.choices[0].finish_reason);
    expect(text).not.toContain("[DONE]");
  });

  it("a 200 with an error body is OpenRouter's error envelope", async () => {
    const { response, text } = await answer(replyErrorBody(502, { message: "Provider returned error" }), { model: "m", messages: [] });
    expect(response.status).toBe(200);
    const live = JSON.parse(capture("error-429.json"));
    expect(invented([JSON.parse(text)], allowed(live))).toEqual([]);
  });
});
