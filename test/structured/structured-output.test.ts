import { describe, expect, it } from "vitest";
import * as z from "zod";
import { toChatResult } from "../../src/chat/to-chat-result.js";
import { ResponseValidationError, ValidationError } from "../../src/errors/index.js";
import { structuredRequest, wantsStructuredOutput } from "../../src/structured/structured-output.js";
import type { ChatCompletion } from "../../src/types/chat-completion.js";
import type { ChatParams } from "../../src/types/chat-params.js";
import type { CatalogModel, ModelLookup } from "../../src/types/model-lookup.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { rejection } from "../helpers/thrown.js";

const schema = z.object({ colour: z.string() });
const body = (model: string, extra: Partial<ChatParams> = {}): ChatParams => ({ model, messages: [{ role: "user", content: "A colour?" }], ...extra });
const catalog = (models: CatalogModel[]): ModelLookup => ({ get: async (id) => models.find((m) => m.id === id) });

/** A result whose answer is `content`. */
function result(content: string) {
  const raw = fixtureJSON<ChatCompletion>("chat-nonstream-basic.json");
  raw.choices[0]!.message.content = content;
  return toChatResult(raw, undefined);
}

describe("wantsStructuredOutput", () => {
  it("is true when any schema option is given, false for none", () => {
    expect(wantsStructuredOutput(undefined)).toBe(false);
    expect(wantsStructuredOutput({})).toBe(false);
    expect(wantsStructuredOutput({ schema: undefined })).toBe(false);
    expect(wantsStructuredOutput({ schema })).toBe(true);
    expect(wantsStructuredOutput({ schemaName: "x" })).toBe(true);
    expect(wantsStructuredOutput({ jsonSchema: {} })).toBe(true);
  });
});

describe("structuredRequest", () => {
  it("asks a model that takes json_schema for a strict one named response", async () => {
    const { body: next } = await structuredRequest(body("openai/gpt-4o"), { schema }, undefined);
    expect(next.response_format).toEqual({
      type: "json_schema",
      json_schema: { name: "response", strict: true, schema: expect.objectContaining({ type: "object", required: ["colour"] }) },
    });
    expect(next.messages).toEqual(body("openai/gpt-4o").messages);
  });

  it("asks an Anthropic model in the prompt instead, unless the catalog says it takes structured_outputs", async () => {
    const prompted = await structuredRequest(body("anthropic/claude-sonnet-4"), { schema }, undefined);
    expect(prompted.body.response_format).toBeUndefined();
    expect(prompted.body.messages?.[0]?.role).toBe("system");
    expect(String(prompted.body.messages?.[0]?.content)).toContain('"colour"');
    const native = await structuredRequest(body("anthropic/claude-sonnet-4"), { schema }, catalog([{ id: "anthropic/claude-sonnet-4", supported_parameters: ["structured_outputs"] }]));
    expect(native.body.response_format?.type).toBe("json_schema");
  });

  it("asks in the prompt when any fallback model cannot take json_schema", async () => {
    const next = await structuredRequest(body("openai/gpt-4o", { models: ["anthropic/claude-sonnet-4"] }), { schema }, undefined);
    expect(next.body.response_format).toBeUndefined();
  });

  it("trusts response_format in the catalog for other models, and asks in the prompt when the catalog lists neither", async () => {
    const listed = catalog([
      { id: "acme/json", supported_parameters: ["response_format"] },
      { id: "acme/plain", supported_parameters: ["temperature"] },
    ]);
    expect((await structuredRequest(body("acme/json"), { schema }, listed)).body.response_format?.type).toBe("json_schema");
    expect((await structuredRequest(body("acme/plain"), { schema }, listed)).body.response_format).toBeUndefined();
  });

  it("uses schemaName and an explicit jsonSchema", async () => {
    const jsonSchema = { type: "object", properties: { colour: { type: "string" } } };
    const { body: next } = await structuredRequest(body("openai/gpt-4o"), { schema, schemaName: "colour-pick_1", jsonSchema }, undefined);
    expect(next.response_format).toEqual({ type: "json_schema", json_schema: { name: "colour-pick_1", strict: true, schema: jsonSchema } });
  });

  it("refuses schemaName or jsonSchema without a schema, a schema with response_format, and a bad name", async () => {
    expect((await rejection(ValidationError, structuredRequest(body("a/b"), { schemaName: "x" }, undefined))).field).toBe("schema");
    expect((await rejection(ValidationError, structuredRequest(body("a/b", { response_format: { type: "json_object" } }), { schema }, undefined))).field).toBe("response_format");
    for (const schemaName of ["", "has space", "x".repeat(65), 3]) {
      expect((await rejection(ValidationError, structuredRequest(body("a/b"), { schema, schemaName: schemaName as never }, undefined))).field).toBe("schemaName");
    }
  });

  it("parses the answer, fenced or not, into json validated by the schema", async () => {
    const { parse } = await structuredRequest(body("openai/gpt-4o"), { schema }, undefined);
    expect((await parse(result('{"colour":"teal"}'))).json).toEqual({ colour: "teal" });
    expect((await parse(result('```json\n{"colour":"red"}\n```'))).json).toEqual({ colour: "red" });
  });

  it("validates json a post-processor already extracted, rather than reading the text again", async () => {
    const { parse } = await structuredRequest(body("openai/gpt-4o"), { schema }, undefined);
    expect((await parse({ ...result("not json"), json: { colour: "blue" } })).json).toEqual({ colour: "blue" });
  });

  it("throws ResponseValidationError when the answer does not match", async () => {
    const { parse } = await structuredRequest(body("openai/gpt-4o"), { schema }, undefined);
    const error = await parse(result('{"colour":3}')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).text).toBe('{"colour":3}');
  });
});
