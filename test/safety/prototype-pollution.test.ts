import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chat } from "../../src/chat/chat.js";
import { stream } from "../../src/chat/stream.js";
import { createClient } from "../../src/core/client.js";
import { APIError } from "../../src/errors/index.js";
import { listModels } from "../../src/models/list-models.js";
import { extractJson } from "../../src/postprocess/extract-json.js";
import { provider, providerFrom, route, webPlugin } from "../../src/routing/index.js";
import type { ChatResult } from "../../src/types/chat-result.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_KEY } from "../helpers/nock.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

// JSON.parse turns "__proto__" into an ordinary own key, which is harmless until code copies it with plain
// assignment (obj[key] = value, Object.assign, a deep merge): then it swaps a prototype, or pollutes
// Object.prototype for the whole process. Responses are untrusted input; none of them may do either.

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());
afterEach(() => {
  // Every test must leave the process's prototypes as they were.
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
  expect(([] as unknown as Record<string, unknown>)["polluted"]).toBeUndefined();
});

const client = () => createClient({ apiKey: TEST_KEY, baseURL: server.baseURL, maxRetries: 0 });
const params = { model: "openai/gpt-4o", prompt: "x" };

/** The poison: both spellings a merge can fall for. Sent as raw JSON text so that "__proto__" stays a key. */
const poison = '"__proto__": {"polluted": true, "text": "from the prototype"}, "constructor": {"prototype": {"polluted": true}}';
const poisoned = (json: string) => json.replace(/^\{/, `{${poison},`);

/** No object the SDK hands back may have a swapped prototype or inherit the poison. */
function expectClean(value: unknown, path = "result", seen = new Set<unknown>()): void {
  if (typeof value !== "object" || value === null || seen.has(value) || ArrayBuffer.isView(value) || value instanceof Headers) return;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && !(value instanceof Error)) expect(proto === Object.prototype || proto === null, `${path} has a foreign prototype`).toBe(true);
  expect((value as Record<string, unknown>)["polluted"] === undefined || Object.hasOwn(value, "polluted"), `${path} inherits "polluted"`).toBe(true);
  for (const [key, child] of Object.entries(value)) expectClean(child, `${path}.${key}`, seen);
}

const completionJSON = () =>
  poisoned(
    JSON.stringify({
      id: "gen-p",
      object: "chat.completion",
      created: 1,
      model: "openai/gpt-4o",
      choices: [{ index: 0, finish_reason: "tool_calls", message: { role: "assistant", content: "ok", reasoning_details: [{ type: "reasoning.text", text: "r" }], tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: "{}" } }] } }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    }),
  )
    .replace('"message":{', `"message":{${poison},`)
    .replace('"usage":{', `"usage":{${poison},`)
    .replace('"function":{', `"function":{${poison},`)
    .replace('{"type":"reasoning.text"', `{${poison},"type":"reasoning.text"`);

describe("responses with __proto__ and constructor keys", () => {
  it("chat(): no pollution, and the result's objects keep their prototypes", async () => {
    server.enqueue({ headers: { "content-type": "application/json" }, body: completionJSON() });
    const result = await chat(client(), params);
    expect(result.text).toBe("ok");
    expectClean(result);
  });

  it("stream(): chunks, deltas, tool-call fragments, reasoning details and usage", async () => {
    const event = (json: string) => ({ raw: `data: ${poisoned(json)}\n\n` });
    const chunk = (delta: string) => `{"id":"gen-p","object":"chat.completion.chunk","created":1,"model":"m","choices":[{${poison},"index":0,"delta":${delta},"finish_reason":null}]}`;
    server.enqueue({
      steps: [
        event(chunk(`{${poison},"content":"a"}`)),
        event(chunk(`{"tool_calls":[{${poison},"index":0,"id":"c","type":"function","function":{${poison},"name":"f","arguments":"{}"}}]}`)),
        event(chunk(`{"reasoning_details":[{${poison},"type":"reasoning.text","text":"r","index":0}]}`)),
        event(chunk(`{"reasoning_details":[{${poison},"type":"reasoning.text","text":"s","index":0,"signature":"x"}]}`)),
        event(`{"id":"gen-p","choices":[],"usage":{${poison},"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}`),
        { data: { id: "gen-p", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] } },
        { done: true },
      ],
    });
    const answer = await stream(client(), params);
    const chunks: unknown[] = [];
    for await (const chunk of answer) chunks.push(chunk);
    const result: ChatResult = await answer.final();
    expect(result.text).toBe("a");
    expect(result.reasoningDetails).toHaveLength(1);
    expectClean(result);
  });

  it("listModels(): models, pricing and architecture", async () => {
    const list = fixtureJSON("models-list.json");
    const json = JSON.stringify(list).replace(/"pricing":\{/g, `"pricing":{${poison},`).replace(/"architecture":\{/g, `"architecture":{${poison},`).replace(/\{"id":/g, `{${poison},"id":`);
    server.enqueue({ headers: { "content-type": "application/json" }, body: poisoned(json) });
    const models = await listModels(client());
    expect(models).toHaveLength(3);
    expectClean(models);
  });

  it("error bodies: metadata and availability of an APIError", async () => {
    server.enqueue({
      status: 429,
      headers: { "content-type": "application/json" },
      body: poisoned(`{"error":{${poison},"code":429,"message":"slow","metadata":{${poison},"raw":"x"},"availability":{${poison},"code":"capacity_exhausted","retryable":true}}}`),
    });
    const error = (await chat(client(), params).catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expectClean(error.metadata, "metadata");
    expectClean(error.availability, "availability");
    expectClean(error.body, "body");
  });

  it("a stream's error event", async () => {
    server.enqueue({ steps: [{ raw: `data: {${poison},"id":"g","choices":[],"error":{${poison},"code":500,"message":"x","metadata":{${poison}}}}\n\n` }] });
    const error = (await (await stream(client(), params)).final().catch((e: unknown) => e)) as APIError;
    expect(error.name).toBe("StreamError");
    expectClean(error.metadata, "metadata");
  });
});

describe("user data with __proto__ keys", () => {
  it("extractJson() returns the key as data", () => {
    const value = extractJson(`Here you go: {${poison}, "ok": true}`) as Record<string, unknown>;
    expect(value["ok"]).toBe(true);
    expectClean(value);
  });

  it("routing builders read a parsed config without being steered by its prototype keys", () => {
    const config = JSON.parse('{"__proto__": {"polluted": true, "only": ["x"]}, "sort": "price"}');
    const built = providerFrom(config).build();
    expect(built).toEqual({ sort: "price" });
    expectClean(built);
    expect(() => provider().maxPrice(JSON.parse('{"__proto__": {"prompt": 1}, "completion": 1}'))).toThrow(/Bad provider.max_price: "__proto__"/);
    expect(() => webPlugin(JSON.parse('{"__proto__": {"max_results": 3}}'))).toThrow(/no option "__proto__"/);
    expectClean(route("openai/gpt-4o").provider(config).build());
  });
});

describe("a provider config with a constructor key", () => {
  // providerFrom() looks checks up by own key only: an inherited name such as "constructor" must not pick the
  // Object function as its "check" (which turned the value into a boxed String).
  it("keeps the unknown key as it was written", () => {
    expect(providerFrom(JSON.parse('{"constructor": {"prototype": {}}}')).build()).toEqual({ constructor: { prototype: {} } });
  });
});
