import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { stream } from "../../src/chat/stream.js";
import { createClient } from "../../src/core/client.js";
import { ResponseValidationError } from "../../src/errors/index.js";
import { type LocalOpenRouter, type Step, startLocalOpenRouter } from "../server/openrouter-server.js";

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const client = () => createClient({ apiKey: "sk-or-v1-local", baseURL: server.baseURL, maxRetries: 0 });
const city = z.object({ name: z.string(), population: z.number() });

const chunk = (content: string) => ({
  data: { id: "gen-s1", object: "chat.completion.chunk", created: 1, model: "openai/gpt-4o", choices: [{ index: 0, delta: { role: "assistant", content }, finish_reason: null }] },
});
const finish: Step = { data: { id: "gen-s1", object: "chat.completion.chunk", created: 1, model: "openai/gpt-4o", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] } };
const sse = (...pieces: string[]) => ({ steps: [...pieces.map(chunk), finish, { done: true as const }] });

describe("stream() with a schema", () => {
  it("sends json_schema, streams the JSON text, and final() returns it validated", async () => {
    server.enqueue(sse('{"name": "To', 'kyo", "popul', 'ation": 37400000}'));
    const answer = await stream(client(), { model: "openai/gpt-4o", prompt: "x" }, { schema: city, schemaName: "city" });
    let text = "";
    for await (const piece of answer.textStream) text += piece;
    const result = await answer.final();
    expect(text).toBe('{"name": "Tokyo", "population": 37400000}');
    expect(result.json).toEqual({ name: "Tokyo", population: 37400000 });
    expect(server.requests.at(-1)?.body.response_format).toEqual({
      type: "json_schema",
      json_schema: { name: "city", strict: true, schema: expect.objectContaining({ required: ["name", "population"] }) },
    });
  });

  it("validates in final() without iterating, and returns the same validated result when asked twice", async () => {
    server.enqueue(sse('```json\n{"name": "Osaka", "population": 2700000}\n```'));
    const answer = await stream(client(), { model: "anthropic/claude-3.5-haiku", prompt: "x" }, { schema: city });
    const first = await answer.final();
    expect(first.json).toEqual({ name: "Osaka", population: 2700000 });
    expect(await answer.final()).toBe(first);
    const sent = server.requests.at(-1)?.body;
    expect(sent.response_format).toBeUndefined();
    expect(sent.messages[0].role).toBe("system");
  });

  it("throws ResponseValidationError from final() when the JSON does not match", async () => {
    server.enqueue(sse('{"name": "Tokyo"}'));
    const answer = await stream(client(), { model: "openai/gpt-4o", prompt: "x" }, { schema: city });
    const error = await answer.final().catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.text).toBe('{"name": "Tokyo"}');
    expect(error.issues[0].path).toEqual(["population"]);
  });

  it("does not validate what arrived before a break: json stays undefined", async () => {
    server.enqueue({ steps: [chunk('{"name": "To'), { wait: 200 }, chunk('kyo", "population": 1}'), finish, { done: true }] });
    const answer = await stream(client(), { model: "openai/gpt-4o", prompt: "x" }, { schema: city });
    for await (const _ of answer.textStream) break;
    const result = await answer.final();
    expect(result.text).toBe('{"name": "To');
    expect(result.json).toBeUndefined();
  });
});
