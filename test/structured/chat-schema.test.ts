import { describe, expect, it } from "vitest";
import * as z from "zod";
import * as zm from "zod/mini";
import { chat } from "../../src/chat/chat.js";
import { ResponseValidationError, ValidationError } from "../../src/errors/index.js";
import type { CatalogModel, ModelLookup } from "../../src/types/model-lookup.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { api, testClient, useNock } from "../helpers/nock.js";

useNock();

const city = z.object({
  name: z.string(),
  population: z.number(),
  tags: z.array(z.string()).default([]),
});
const cityJSONSchema = {
  type: "object",
  properties: {
    name: { type: "string" },
    population: { type: "number" },
    tags: { default: [], type: "array", items: { type: "string" } },
  },
  required: ["name", "population", "tags"],
  additionalProperties: false,
};

/** The basic fixture with its content replaced by `content`. */
function answer(content: string | null, patch: (message: any) => void = () => {}) {
  const body = fixtureJSON("chat-nonstream-basic.json");
  body.choices[0].message.content = content;
  patch(body.choices[0].message);
  return body;
}

/** Replies once with `body` and records the request body. */
function replyWith(body: any): { sent: any } {
  const box: { sent: any } = { sent: undefined };
  api()
    .post("/api/v1/chat/completions", (b) => ((box.sent = b), true))
    .reply(200, body);
  return box;
}

function catalogOf(models: Record<string, string[]>): ModelLookup {
  return {
    get: async (id) => (id in models ? ({ id, supported_parameters: models[id] ?? null } satisfies CatalogModel) : undefined),
  };
}

describe("chat() with a schema, on a model that takes json_schema", () => {
  it("sends response_format json_schema with strict: true and the schema's JSON Schema, and returns validated json", async () => {
    const box = replyWith(answer('{"name": "Tokyo", "population": 37400000}'));
    const result = await chat(testClient(), { model: "openai/gpt-4.1-nano", prompt: "Largest city of Japan?" }, { schema: city });
    expect(box.sent.response_format).toEqual({ type: "json_schema", json_schema: { name: "response", strict: true, schema: cityJSONSchema } });
    expect(box.sent.messages).toEqual([{ role: "user", content: "Largest city of Japan?" }]);
    // The schema's output: the default was applied.
    expect(result.json).toEqual({ name: "Tokyo", population: 37400000, tags: [] });
    expect(result.text).toBe('{"name": "Tokyo", "population": 37400000}');
  });

  it("names the schema with schemaName, and sends nothing of the SDK's options", async () => {
    const box = replyWith(answer('{"name": "Osaka", "population": 2700000, "tags": ["port"]}'));
    await chat(testClient(), { model: "openai/gpt-4.1-nano", prompt: "x" }, { schema: city, schemaName: "city", timeout: 5_000 });
    expect(box.sent.response_format.json_schema.name).toBe("city");
    expect(Object.keys(box.sent).sort()).toEqual(["messages", "model", "response_format"]);
  });

  it("uses the catalog: structured_outputs in supported_parameters means json_schema, even for anthropic/", async () => {
    const box = replyWith(answer('{"name": "Tokyo", "population": 1}'));
    const catalog = catalogOf({ "anthropic/claude-sonnet-4.5": ["max_tokens", "structured_outputs", "tools"] });
    await chat(testClient({ catalog }), { model: "anthropic/claude-sonnet-4.5", prompt: "x" }, { schema: city });
    expect(box.sent.response_format.type).toBe("json_schema");
  });

  it("falls back to the anthropic/ rule when the catalog cannot load", async () => {
    const box = replyWith(answer('{"name": "Tokyo", "population": 1}'));
    const catalog: ModelLookup = { get: () => Promise.reject(new Error("catalog down")) };
    const result = await chat(testClient({ catalog }), { model: "openai/gpt-4.1-nano", prompt: "x" }, { schema: city });
    expect(box.sent.response_format.type).toBe("json_schema");
    expect(result.json.name).toBe("Tokyo");
  });

  it("parses JSON wrapped in a markdown fence before validating it", async () => {
    replyWith(answer('Here you go:\n```json\n{"name": "Kyoto", "population": 1460000}\n```'));
    const result = await chat(testClient(), { model: "openai/gpt-4.1-nano", prompt: "x" }, { schema: city });
    expect(result.json).toEqual({ name: "Kyoto", population: 1460000, tags: [] });
  });

  it("extracts and validates even when the client runs no post-processors", async () => {
    replyWith(answer('```json\n{"name": "Kobe", "population": 1500000}\n```'));
    const result = await chat(testClient({ postProcessors: [] }), { model: "openai/gpt-4.1-nano", prompt: "x" }, { schema: city });
    expect(result.json).toEqual({ name: "Kobe", population: 1500000, tags: [] });
  });
});

describe("chat() with a schema, on a model that does not take json_schema", () => {
  it("asks an anthropic/ model before Claude 4.1 for JSON in a system message (never json_object) and validates the fenced answer", async () => {
    const box = replyWith(answer('```json\n{"name": "Tokyo", "population": 37400000}\n```'));
    const result = await chat(testClient(), { model: "anthropic/claude-3.5-haiku", prompt: "Largest city of Japan?" }, { schema: city });
    expect(box.sent.response_format).toBeUndefined();
    expect(box.sent.messages).toHaveLength(2);
    expect(box.sent.messages[0].role).toBe("system");
    expect(box.sent.messages[0].content).toMatch(/only|nothing else/i);
    expect(box.sent.messages[0].content).toContain(JSON.stringify(cityJSONSchema));
    expect(box.sent.messages[1]).toEqual({ role: "user", content: "Largest city of Japan?" });
    expect(result.json).toEqual({ name: "Tokyo", population: 37400000, tags: [] });
  });

  it("asks in the prompt when one of the fallback models is an anthropic/ model before Claude 4.1", async () => {
    const box = replyWith(answer('{"name": "Tokyo", "population": 1}'));
    await chat(testClient(), { models: ["openai/gpt-4.1-nano", "anthropic/claude-3.7-sonnet"], prompt: "x" }, { schema: city });
    expect(box.sent.response_format).toBeUndefined();
    expect(box.sent.messages[0].role).toBe("system");
  });

  it("asks in the prompt when the catalog lists neither structured_outputs nor response_format", async () => {
    const box = replyWith(answer('{"name": "Tokyo", "population": 1}'));
    const catalog = catalogOf({ "meta-llama/llama-3.1-8b-instruct": ["max_tokens", "temperature"] });
    await chat(testClient({ catalog }), { model: "meta-llama/llama-3.1-8b-instruct:free", prompt: "x" }, { schema: city });
    expect(box.sent.response_format).toBeUndefined();
    expect(box.sent.messages[0].role).toBe("system");
  });

  it("keeps the caller's system message after the JSON instruction", async () => {
    const box = replyWith(answer('{"name": "Tokyo", "population": 1}'));
    const messages = [
      { role: "system" as const, content: "You are terse." },
      { role: "user" as const, content: "x" },
    ];
    await chat(testClient(), { model: "anthropic/claude-sonnet-4", messages }, { schema: city });
    expect(box.sent.messages.slice(1)).toEqual(messages);
  });
});

describe("chat() with a schema, on Anthropic models", () => {
  for (const model of ["anthropic/claude-haiku-4.5", "anthropic/claude-sonnet-4.5", "anthropic/claude-opus-4.1", "~anthropic/claude-sonnet-latest"]) {
    it(`sends ${model} a native json_schema without a catalog (OpenRouter's structured outputs cover it)`, async () => {
      const box = replyWith(answer('{"name": "Tokyo", "population": 1}'));
      const lines: string[] = [];
      const result = await chat(testClient({ debug: (line) => lines.push(line) }), { model, prompt: "x" }, { schema: city });
      expect(box.sent.response_format).toEqual({ type: "json_schema", json_schema: { name: "response", strict: true, schema: cityJSONSchema } });
      expect(box.sent.messages).toEqual([{ role: "user", content: "x" }]);
      expect(result.json.name).toBe("Tokyo");
      expect(lines.some((line) => line.includes("rewritten"))).toBe(false);
    });
  }

  it("asks in the prompt when the catalog knows the Anthropic model and lists no structured_outputs", async () => {
    const box = replyWith(answer('{"name": "Tokyo", "population": 1}'));
    const catalog = catalogOf({ "anthropic/claude-sonnet-4.5": ["max_tokens", "response_format", "tools"] });
    await chat(testClient({ catalog }), { model: "anthropic/claude-sonnet-4.5", prompt: "x" }, { schema: city });
    expect(box.sent.response_format).toBeUndefined();
    expect(box.sent.messages[0].role).toBe("system");
  });

  it("says in a debug line that the request was rewritten, naming the model", async () => {
    replyWith(answer('{"name": "Tokyo", "population": 1}'));
    const lines: string[] = [];
    await chat(testClient({ debug: (line) => lines.push(line) }), { model: "anthropic/claude-3.5-haiku", prompt: "secret prompt" }, { schema: city });
    const line = lines.find((l) => l.includes("rewritten"));
    expect(line).toContain("anthropic/claude-3.5-haiku");
    expect(line).toContain("system message");
    expect(line).not.toContain("secret prompt");
  });
});

describe("chat() with a schema, when the answer does not fit", () => {
  it("throws ResponseValidationError with the issues, their paths and the raw text", async () => {
    const text = '{"name": 42, "population": "many", "tags": ["a", 3]}';
    replyWith(answer(text));
    const error = await chat(testClient(), { model: "openai/gpt-4.1-nano", prompt: "x" }, { schema: city }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.text).toBe(text);
    expect(error.model).toBe("deepseek/deepseek-v4-pro-0813");
    expect(error.issues.map((issue: any) => issue.path)).toEqual([["name"], ["population"], ["tags", 1]]);
    expect(error.message).toContain("name: ");
    expect(error.message).toContain("population: ");
    expect(error.message).toContain("tags[1]: ");
  });

  it("throws ResponseValidationError carrying the text when the answer holds no JSON", async () => {
    replyWith(answer("Tokyo, with about 37 million people."));
    const error = await chat(testClient(), { model: "openai/gpt-4.1-nano", prompt: "x" }, { schema: city }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.text).toBe("Tokyo, with about 37 million people.");
    expect(error.message).toMatch(/No JSON/);
  });

  it("says so when the model refused", async () => {
    replyWith(answer(null, (message) => (message.refusal = "I can't help with that.")));
    const error = await chat(testClient(), { model: "openai/gpt-4.1-nano", prompt: "x" }, { schema: city }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain("refused: I can't help with that.");
  });
});

describe("chat() schema options, checked before sending", () => {
  it("refuses schema together with response_format", async () => {
    const error = await chat(testClient(), { model: "openai/gpt-4.1-nano", prompt: "x", response_format: { type: "json_object" } }, { schema: city }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe("response_format");
  });

  it("refuses a schema name OpenRouter would reject", async () => {
    const error = await chat(testClient(), { model: "openai/gpt-4.1-nano", prompt: "x" }, { schema: city, schemaName: "my schema!" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe("schemaName");
  });

  it("explains what to do with a zod/mini schema, which cannot describe itself", async () => {
    const mini = zm.object({ name: zm.string() });
    const error = await chat(testClient(), { model: "openai/gpt-4.1-nano", prompt: "x" }, { schema: mini }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/jsonSchema.*toJSONSchema/);
  });

  it("takes a zod/mini schema with an explicit jsonSchema", async () => {
    const mini = zm.object({ name: zm.string() });
    const box = replyWith(answer('{"name": "Nara"}'));
    const result = await chat(testClient(), { model: "openai/gpt-4.1-nano", prompt: "x" }, { schema: mini, jsonSchema: zm.toJSONSchema(mini) });
    expect(box.sent.response_format.json_schema.schema.properties).toEqual({ name: { type: "string" } });
    expect(result.json).toEqual({ name: "Nara" });
  });

  it("refuses something that is not a schema", async () => {
    const error = await chat(testClient(), { model: "openai/gpt-4.1-nano", prompt: "x" }, { schema: { type: "object" } as never }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe("schema");
  });
});
