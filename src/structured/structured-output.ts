import { askForJsonInPrompt, isAnthropic, lookupModel, requestedModels } from "../models/model-facts.js";
import { ValidationError } from "../errors/validation-error.js";
import { answerJson } from "../postprocess/extract-json.js";
import type { JSONSchema } from "../types/chat-params.js";
import type { ChatParams } from "../types/chat-params.js";
import type { ChatResult } from "../types/chat-result.js";
import type { ModelLookup } from "../types/model-lookup.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { toJSONSchema } from "./to-json-schema.js";
import { validateWithSchema } from "./validate-with-schema.js";

/** The structured-output options of `chat()` and `stream()`. */
export interface StructuredOutputOptions<S extends StandardSchemaV1 = StandardSchemaV1> {
  /**
   * The shape of the answer, as a Standard Schema (zod 4, Valibot, ArkType…). Models that support it are sent
   * `response_format: { type: "json_schema", json_schema: { name, strict: true, schema } }`; the others are asked
   * for JSON in a system message (said in a `debug` line). Which models support it: the catalog's
   * `supported_parameters` (`structured_outputs`) when it knows the model; without one, every model but Anthropic's
   * before Claude 4.1 (Claude 3.x and the 4.0 Sonnet and Opus, which predate Anthropic's structured outputs).
   * Either way the answer's JSON is extracted, validated, and returned as `result.json`, typed from the schema.
   * Not together with `response_format` in the request.
   */
  schema?: S | undefined;
  /** The `json_schema.name` sent (letters, digits, `_` and `-`, at most 64). @default "response" */
  schemaName?: string | undefined;
  /**
   * The JSON Schema to send, for a schema that cannot describe itself (zod/mini: `z.toJSONSchema(schema)`).
   * @default what the schema gives through Standard JSON Schema
   */
  jsonSchema?: JSONSchema | undefined;
}

/** A structured-output request, ready to send, and how to read its answer. @internal */
export interface StructuredRequest {
  body: ChatParams;
  /** Extracts the answer's JSON and validates it; `json` becomes the schema's output. */
  parse(result: ChatResult): Promise<ChatResult>;
}

const namePattern = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether a call's options ask for structured output (any of `schema`, `schemaName`, `jsonSchema`). @internal */
export function wantsStructuredOutput(options: StructuredOutputOptions | undefined): options is StructuredOutputOptions {
  return options !== undefined && (options.schema !== undefined || options.schemaName !== undefined || options.jsonSchema !== undefined);
}

/**
 * Turns a checked chat body into a structured-output request (see {@link StructuredOutputOptions.schema}).
 *
 * @throws {@link ValidationError} for a `response_format` given too, a bad `schemaName`, or a schema with no JSON Schema.
 * @internal
 */
export async function structuredRequest(
  body: ChatParams,
  options: StructuredOutputOptions,
  catalog: ModelLookup | undefined,
  debug?: ((line: string) => void) | undefined,
): Promise<StructuredRequest> {
  if (body.response_format !== undefined && options.schema !== undefined) {
    throw new ValidationError("Give either `schema` or `response_format`, not both.", { field: "response_format" });
  }
  const { schema, name: schemaName, jsonSchema } = checkStructuredOptions(options);
  const models = requestedModels(body);
  const supported = await Promise.all(models.map((model) => supportsJsonSchema(model, catalog)));
  const refusing = models.filter((_, i) => !supported[i]);
  if (refusing.length === 0) {
    return { body: { ...body, response_format: { type: "json_schema", json_schema: { name: schemaName, strict: true, schema: jsonSchema } } }, parse: (result) => parseStructured(result, schema) };
  }
  debug?.(
    `openrouter-fetch: request rewritten: ${refusing.join(", ")} ${refusing.length === 1 ? "does" : "do"} not take response_format json_schema, so the schema is sent in a system message and the answer's JSON is extracted and validated`,
  );
  const next = askForJsonInPrompt(body, jsonSchema);
  return { body: next, parse: (result) => parseStructured(result, schema) };
}

/**
 * The checked structured-output options: the schema, its `json_schema` name and its JSON Schema. Shared by every
 * call that takes `schema` (chat, responses, messages).
 *
 * @throws {@link ValidationError} for `schemaName`/`jsonSchema` without `schema`, a bad `schemaName`, or a schema with no
 * JSON Schema.
 * @internal
 */
export function checkStructuredOptions(options: StructuredOutputOptions): { schema: StandardSchemaV1; name: string; jsonSchema: JSONSchema } {
  const { schema, schemaName = "response" } = options;
  if (schema === undefined) {
    throw new ValidationError("`schemaName` and `jsonSchema` go with `schema`: give the schema the answer must match.", { field: "schema" });
  }
  if (typeof schemaName !== "string" || !namePattern.test(schemaName)) {
    throw new ValidationError(`\`schemaName\` must be 1-64 letters, digits, "_" or "-"; got ${JSON.stringify(schemaName)}.`, { field: "schemaName" });
  }
  return { schema, name: schemaName, jsonSchema: toJSONSchema(schema, options.jsonSchema) };
}

/**
 * Whether a model takes `response_format: { type: "json_schema" }`: the catalog's `supported_parameters` when it
 * knows the model (`structured_outputs`, or `response_format` for non-Anthropic models), else every model but
 * Anthropic's before Claude 4.1 (OpenRouter's structured-outputs docs list Anthropic as supporting it, from Sonnet
 * 4.5 and Opus 4.1 on). A catalog that fails counts as not knowing.
 */
async function supportsJsonSchema(model: string, catalog: ModelLookup | undefined): Promise<boolean> {
  const anthropic = isAnthropic(model);
  const supported = (await lookupModel(catalog, model))?.supported_parameters;
  if (!Array.isArray(supported)) return !anthropic || anthropicTakesJsonSchema(model);
  // `response_format` alone may mean json_object only, which Anthropic rejects.
  return supported.includes("structured_outputs") || (!anthropic && supported.includes("response_format"));
}

async function parseStructured(result: ChatResult, schema: StandardSchemaV1): Promise<ChatResult> {
  const value = result.json === undefined ? answerJson(result) : result.json;
  return { ...result, json: await validateWithSchema(schema, value, { text: result.text, model: result.model }) };
}

/**
 * The default for an `anthropic/` model the catalog does not describe: Claude 4.1 and later take `json_schema`; a
 * version-less id (`~anthropic/claude-sonnet-latest`) points at a current model, so it does too.
 */
function anthropicTakesJsonSchema(model: string): boolean {
  const version = /claude-(?:(?:haiku|sonnet|opus)-)?(\d+)(?:\.(\d+))?(?:-(?:haiku|sonnet|opus))?(?![\d.])/.exec(model);
  if (!version) return true;
  const major = Number(version[1]);
  const minor = Number(version[2] ?? 0);
  return major > 4 || (major === 4 && minor >= 1);
}
