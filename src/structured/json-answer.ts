import { ResponseValidationError } from "../errors/response-validation-error.js";
import { extractJson } from "../postprocess/extract-json.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { validateWithSchema } from "./validate-with-schema.js";

// The JSON of an answer that is not a chat completion (Responses, Messages): the same extraction and validation as
// chat's, on the answer's text.

/**
 * The JSON in an answer's text, or a `ResponseValidationError` that says why there is none (and, given `cut`, that
 * the answer was cut off).
 * @internal
 */
export function readJsonAnswer(text: string, model: string, cut?: string | undefined): unknown {
  try {
    return extractJson(text);
  } catch (error) {
    const why = cut ? ` The answer was cut off (${cut}); raise the token limit.` : "";
    throw new ResponseValidationError(`${(error as Error).message} Model: ${model}.${why}`, { text, model, cause: error });
  }
}

/**
 * An answer's JSON validated by a schema: `json` as it was extracted (or read from the text), replaced by the
 * schema's output.
 * @throws {@link ResponseValidationError} when there is no JSON or it does not match.
 * @internal
 */
export async function withSchemaJson<R extends { text: string; model: string; json: unknown }>(result: R, schema: StandardSchemaV1): Promise<R> {
  const value = result.json === undefined ? readJsonAnswer(result.text, result.model) : result.json;
  return { ...result, json: await validateWithSchema(schema, value, { text: result.text, model: result.model }) };
}

/**
 * A tool call's arguments parsed; empty arguments are `{}`.
 * @throws {@link ResponseValidationError} naming the tool when they are not JSON.
 * @internal
 */
export function parseToolArguments(name: string, args: string): unknown {
  if (args.trim() === "") return {};
  try {
    return JSON.parse(args);
  } catch (error) {
    throw new ResponseValidationError(`The arguments of the call to ${name} are not JSON: ${args.slice(0, 200)}`, { text: args, cause: error });
  }
}
