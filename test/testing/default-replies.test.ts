import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures } from "../../src/testing/fixtures.js";
import { createMockOpenRouter } from "../../src/testing/testing.js";

const capture = (name: string) => readFileSync(resolve(import.meta.dirname, "../fixtures", name), "utf8");
const base = "https://openrouter.ai/api/v1";

describe("the mock's default answers", () => {
  it("embed the captures of test/fixtures/ unchanged (rerun scripts/embed-fixtures.mjs after changing one)", () => {
    for (const [name, text] of Object.entries(fixtures)) expect(text, name).toBe(capture(name));
  });

  // Each row: a request, and the capture its default answer must be, byte for byte.
  const rows: [string, string, unknown, string][] = [
    ["POST", "/chat/completions", { model: "m", messages: [] }, "chat-nonstream-basic.json"],
    ["POST", "/chat/completions", { model: "m", messages: [], stream: true }, "chat-stream-text.sse"],
    ["POST", "/chat/completions", { model: "m", messages: [], modalities: ["image", "text"] }, "chat-image-gemini.json"],
    ["POST", "/responses", { model: "m", input: "x", stream: true }, "responses-stream-text.sse"],
    ["POST", "/messages", { model: "m", messages: [], stream: true }, "messages-stream-text.sse"],
    ["GET", "/models", undefined, "models-list.json"],
    ["GET", "/files", undefined, "file-list.json"],
    ["GET", "/keys", undefined, "platform/keys-list.json"],
    ["POST", "/rerank", { model: "m", query: "q", documents: ["a"] }, "rerank.json"],
  ];
  it.each(rows)("%s %s answers the capture %s", async (method, path, body, name) => {
    const mock = createMockOpenRouter();
    const response = await mock.fetch(`${base}${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    if (name.endsWith(".sse")) {
      expect(response.headers.get("content-type")).toBe("text/event-stream");
      expect(text).toBe(capture(name));
    } else expect(JSON.parse(text)).toEqual(JSON.parse(capture(name)));
  });

  it("answers an unknown path with a 404 in OpenRouter's error shape", async () => {
    const response = await createMockOpenRouter().fetch(`${base}/nope`);
    expect(response.status).toBe(404);
    expect((await response.json()).error).toMatchObject({ code: 404, message: expect.stringContaining("GET /api/v1/nope") });
  });
});
