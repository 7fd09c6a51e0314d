/**
 * Structured outputs: the Standard Schema types `chat(…, { schema })` and `tool()` take, and the two helpers
 * behind them (a schema to JSON Schema, a value validated by a schema). No schema library is imported here.
 *
 * @module structured
 */
export type { StructuredOutputOptions } from "./structured-output.js";
export { toJSONSchema } from "./to-json-schema.js";
export { validateWithSchema } from "./validate-with-schema.js";
export type {
  StandardSchemaV1,
  StandardSchemaProps,
  StandardSchemaIssue,
  StandardSchemaResult,
  StandardJSONSchemaOptions,
  InferSchemaOutput,
  InferSchemaInput,
} from "./standard-schema.js";
