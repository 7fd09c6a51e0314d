import { describe, expect, it } from "vitest";
import * as z from "zod";
import * as zm from "zod/mini";
import { ValidationError } from "../../src/errors/index.js";
import { tool } from "../../src/tools/index.js";

describe("tool()", () => {
  it("builds the wire definition from the zod schema, with the description", () => {
    const weather = tool({
      name: "get_weather",
      description: "Current weather in a city",
      parameters: z.object({ city: z.string().describe("City name"), unit: z.enum(["c", "f"]).optional() }),
      execute: () => "sunny",
    });
    expect(weather.name).toBe("get_weather");
    expect(weather.definition).toEqual({
      type: "function",
      function: {
        name: "get_weather",
        description: "Current weather in a city",
        parameters: {
          type: "object",
          properties: { city: { type: "string", description: "City name" }, unit: { type: "string", enum: ["c", "f"] } },
          required: ["city"],
          additionalProperties: false,
        },
      },
    });
  });

  it("passes strict through and leaves out what was not given", () => {
    const ping = tool({ name: "ping", parameters: z.object({}), strict: true, execute: () => "pong" });
    expect(ping.definition.function).toEqual({ name: "ping", parameters: { type: "object", properties: {}, additionalProperties: false }, strict: true });
  });

  it("takes a zod/mini schema with jsonSchema", () => {
    const parameters = zm.object({ q: zm.string() });
    const search = tool({ name: "search", parameters, jsonSchema: zm.toJSONSchema(parameters), execute: ({ q }) => q });
    expect(search.definition.function.parameters?.["properties"]).toEqual({ q: { type: "string" } });
  });

  it.each([
    ["a name with a space", { name: "get weather" }, "name"],
    ["a name longer than 64", { name: "x".repeat(65) }, "name"],
    ["no execute", { execute: undefined }, "execute"],
    ["parameters that are not an object", { parameters: z.string() }, "parameters"],
    ["a zod/mini schema without jsonSchema", { parameters: zm.object({ q: zm.string() }) }, "parameters"],
  ])("refuses %s", (_what, patch, field) => {
    const config = { name: "ok", parameters: z.object({}), execute: () => 1, ...patch };
    let error: unknown;
    try {
      tool(config as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
  });
});
