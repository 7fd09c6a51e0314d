import { describe, expect, it } from "vitest";
import * as z from "zod";
import * as zm from "zod/mini";
import { ValidationError } from "../../src/errors/index.js";
import type { StandardSchemaV1 } from "../../src/structured/standard-schema.js";
import { toJSONSchema } from "../../src/structured/to-json-schema.js";
import { thrown } from "../helpers/thrown.js";

/** A Standard Schema whose JSON Schema converters are given. */
function schemaWith(jsonSchema?: { input: () => Record<string, unknown>; output: () => Record<string, unknown> }): StandardSchemaV1 {
  return { "~standard": { version: 1, vendor: "test", validate: (value) => ({ value }), ...(jsonSchema ? { jsonSchema } : {}) } };
}

describe("toJSONSchema", () => {
  it("asks a zod 4 schema for its draft-07 JSON Schema and drops the $schema dialect line", () => {
    const jsonSchema = toJSONSchema(z.object({ name: z.string() }));
    expect(jsonSchema).not.toHaveProperty("$schema");
    expect(jsonSchema).toMatchObject({ type: "object", properties: { name: { type: "string" } }, required: ["name"] });
  });

  it("uses the output side first, then the input side when the output cannot be described", () => {
    expect(toJSONSchema(schemaWith({ output: () => ({ type: "string", $schema: "x" }), input: () => ({ type: "number" }) }))).toEqual({ type: "string" });
    const fromInput = schemaWith({
      output: () => {
        throw new Error("transforms have no JSON Schema");
      },
      input: () => ({ type: "number" }),
    });
    expect(toJSONSchema(fromInput)).toEqual({ type: "number" });
  });

  it("takes an explicit JSON Schema as given, without asking the schema", () => {
    const explicit = { type: "object", properties: {} };
    expect(toJSONSchema(zm.object({}), explicit)).toBe(explicit);
  });

  it("refuses an explicit JSON Schema that is not an object", () => {
    for (const explicit of [null, "{}", []]) expect(thrown(ValidationError, () => toJSONSchema(zm.object({}), explicit as never)).field).toBe("jsonSchema");
  });

  it("refuses something that is not a Standard Schema, naming the field it came in", () => {
    for (const schema of [undefined, {}, { type: "object" }, { "~standard": {} }]) {
      const error = thrown(ValidationError, () => toJSONSchema(schema as never));
      expect(error.field).toBe("schema");
      expect(error.message).toContain("must be a Standard Schema");
    }
    expect(thrown(ValidationError, () => toJSONSchema({} as never, undefined, "tools.0.parameters")).field).toBe("tools.0.parameters");
  });

  it("explains what to do with a schema that cannot describe itself, with the library's reason as cause", () => {
    const error = thrown(ValidationError, () => toJSONSchema(zm.object({ a: zm.string() })));
    expect(error.message).toContain("cannot describe itself as JSON Schema");
    expect(error.message).toContain("jsonSchema: z.toJSONSchema(schema)");
    const reason = new Error("no converter for this type");
    const failing = schemaWith({
      output: () => {
        throw reason;
      },
      input: () => {
        throw new Error("second");
      },
    });
    const withCause = thrown(ValidationError, () => toJSONSchema(failing));
    expect(withCause.message).toContain("(test says: no converter for this type)");
    expect(withCause.cause).toBe(reason);
  });
});
