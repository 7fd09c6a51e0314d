import { ValidationError } from "../errors/validation-error.js";
import type { InferSchemaOutput, StandardSchemaV1 } from "../structured/standard-schema.js";
import { toJSONSchema } from "../structured/to-json-schema.js";
import type { FunctionTool } from "../types/chat-params.js";
import type { ToolConfig, ToolDefinition } from "./types.js";

const namePattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Makes a typed tool for {@link runTools}: `execute` gets the arguments as the `parameters` schema outputs them,
 * validated. The JSON Schema sent to the model comes from the schema (Standard JSON Schema, which `zod` 4
 * implements) or from `jsonSchema`.
 *
 * @throws {@link ValidationError} for a name OpenRouter would refuse, a missing `execute`, or parameters that give no
 * JSON Schema (pass `jsonSchema`) or describe something other than an object.
 * @example
 * ```ts
 * import * as z from "zod";
 * import { tool } from "openrouter-fetch/tools";
 * const getWeather = tool({
 *   name: "get_weather",
 *   description: "Current weather in a city",
 *   parameters: z.object({ city: z.string() }),
 *   execute: async ({ city }) => ({ city, celsius: 21 }),
 * });
 * ```
 */
export function tool<S extends StandardSchemaV1, Output>(config: ToolConfig<S, Output>): ToolDefinition<InferSchemaOutput<S>, Awaited<Output>> {
  const { name, description, parameters, execute, strict } = config ?? ({} as Partial<ToolConfig<S, Output>>);
  if (typeof name !== "string" || !namePattern.test(name)) {
    throw new ValidationError(`A tool name must be 1-64 letters, digits, "_" or "-"; got ${JSON.stringify(name)}.`, { field: "name" });
  }
  if (typeof execute !== "function") {
    throw new ValidationError(`Tool "${name}" needs an \`execute\` function.`, { field: "execute" });
  }
  const schema = toJSONSchema(parameters as S, config.jsonSchema, "parameters");
  if (schema["type"] !== undefined && schema["type"] !== "object") {
    throw new ValidationError(`The parameters of tool "${name}" must describe an object (JSON Schema type "object"), not ${JSON.stringify(schema["type"])}.`, {
      field: "parameters",
    });
  }
  const definition: FunctionTool = {
    type: "function",
    function: { name, ...(description === undefined ? {} : { description }), parameters: schema, ...(strict === undefined ? {} : { strict }) },
  };
  return {
    name,
    description,
    parameters: parameters as StandardSchemaV1<unknown, InferSchemaOutput<S>>,
    definition,
    execute: execute as ToolDefinition<InferSchemaOutput<S>, Awaited<Output>>["execute"],
  };
}
