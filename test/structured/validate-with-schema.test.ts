import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ResponseValidationError } from "../../src/errors/index.js";
import type { StandardSchemaIssue, StandardSchemaV1 } from "../../src/structured/standard-schema.js";
import { formatIssues, validateWithSchema } from "../../src/structured/validate-with-schema.js";

const city = z.object({ name: z.string(), population: z.number(), tags: z.array(z.string()).default([]) });

describe("validateWithSchema", () => {
  it("returns the schema's output, defaults applied", async () => {
    expect(await validateWithSchema(city, { name: "Paris", population: 2_100_000 })).toEqual({ name: "Paris", population: 2_100_000, tags: [] });
  });

  it("waits for an async validator", async () => {
    const slow: StandardSchemaV1<unknown, number> = { "~standard": { version: 1, vendor: "test", validate: async (value) => ({ value: Number(value) * 2 }) } };
    expect(await validateWithSchema(slow, 21)).toBe(42);
  });

  it("throws ResponseValidationError with the issues, the text and the model when the value does not fit", async () => {
    const error = await validateWithSchema(city, { name: 1 }, { text: '{"name":1}', model: "openai/gpt-4o" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const { message, issues, text, model } = error as ResponseValidationError;
    expect(message).toMatch(/^The answer does not match the schema: name: .+; population: .+\. Model: openai\/gpt-4o\.$/);
    expect(issues?.map((issue) => issue.path)).toEqual([["name"], ["population"]]);
    expect(text).toBe('{"name":1}');
    expect(model).toBe("openai/gpt-4o");
  });

  it("says what was checked when told, and leaves the model out when unknown", async () => {
    const error = (await validateWithSchema(z.string(), 1, { what: "The arguments of weather" }).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^The arguments of weather does not match the schema: \(root\): .+\.$/);
    expect(error.message).not.toContain("Model:");
  });
});

describe("formatIssues", () => {
  it("writes each issue as path: message, keys dotted and indexes in brackets", () => {
    const issues: StandardSchemaIssue[] = [
      { message: "Expected string", path: ["cities", 0, "name"] },
      { message: "Required", path: [{ key: "meta" }, { key: "id" }] },
      { message: "Expected number", path: [2] },
    ];
    expect(formatIssues(issues)).toBe("cities[0].name: Expected string; meta.id: Required; [2]: Expected number");
  });

  it("calls an issue without a path (root)", () => {
    expect(formatIssues([{ message: "Expected object" }, { message: "Bad", path: [] }])).toBe("(root): Expected object; (root): Bad");
  });

  it("shows the first five issues and counts the rest", () => {
    const issues = Array.from({ length: 8 }, (_, i) => ({ message: `issue ${i}`, path: [i] }));
    const text = formatIssues(issues);
    expect(text).toContain("[4]: issue 4");
    expect(text).not.toContain("issue 5");
    expect(text.endsWith("; and 3 more")).toBe(true);
  });

  it("prints a symbol key", () => {
    expect(formatIssues([{ message: "m", path: [Symbol("tag")] }])).toBe("Symbol(tag): m");
  });
});
