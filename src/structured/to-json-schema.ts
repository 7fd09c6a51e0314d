import { ValidationError } from "../errors/validation-error.js";
import type { JSONSchema } from "../types/chat-params.js";
import type { StandardSchemaV1 } from "./standard-schema.js";

/**
 * The JSON Schema to send for a Standard Schema: `explicit` when given, else what the schema itself can give
 * (Standard JSON Schema, which zod 4's classic `zod` schemas implement), as draft-07 without the `$schema` key.
 * The output side is preferred because it is what strict providers want (`additionalProperties: false`, fields
 * with defaults required); a schema whose output cannot be described (a transform) falls back to its input side,
 * which is what the model must write anyway.
 *
 * @throws {@link ValidationError} when the value is not a Standard Schema, or it gives no JSON Schema and none was given.
 * @example
 * ```ts
 * import * as z from "zod";
 * import { toJSONSchema } from "openrouter-fetch/structured";
 * toJSONSchema(z.object({ city: z.string() }));
 * // { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false }
 * ```
 */
export function toJSONSchema(schema: StandardSchemaV1, explicit?: JSONSchema, field = "schema"): JSONSchema {
  const standard = (schema as Partial<StandardSchemaV1> | undefined)?.["~standard"];
  if (typeof standard?.validate !== "function") {
    throw new ValidationError(`\`${field}\` must be a Standard Schema (a zod 4, Valibot or ArkType schema…).`, { field });
  }
  if (explicit !== undefined) {
    if (typeof explicit !== "object" || explicit === null || Array.isArray(explicit)) {
      throw new ValidationError("`jsonSchema` must be a JSON Schema object.", { field: "jsonSchema" });
    }
    return explicit;
  }
  const converter = standard.jsonSchema;
  let failure: unknown;
  if (converter) {
    for (const side of ["output", "input"] as const) {
      try {
        const { $schema: _dialect, ...rest } = converter[side]({ target: "draft-07" });
        return rest;
      } catch (error) {
        failure ??= error;
      }
    }
  }
  const why = failure instanceof Error ? ` (${standard.vendor} says: ${failure.message})` : "";
  throw new ValidationError(
    `\`${field}\` cannot describe itself as JSON Schema${why}. Use a schema that implements Standard JSON Schema ` +
      '(`import * as z from "zod"`), or pass the JSON Schema as well, e.g. `jsonSchema: z.toJSONSchema(schema)` with zod/mini.',
    { field, cause: failure },
  );
}
