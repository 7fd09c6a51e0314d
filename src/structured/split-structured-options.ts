import type { StructuredOutputOptions } from "./structured-output.js";

/**
 * Splits a call's options into the structured-output ones and the rest (the client options). `undefined` for
 * the rest when there is nothing left, so that the call uses the client's resolved options as they are.
 * @internal
 */
export function splitStructuredOptions<O extends StructuredOutputOptions>(
  options: O | undefined,
): [StructuredOutputOptions | undefined, Omit<O, keyof StructuredOutputOptions> | undefined] {
  if (options === undefined || (options.schema === undefined && options.schemaName === undefined && options.jsonSchema === undefined)) {
    return [undefined, options as Omit<O, keyof StructuredOutputOptions> | undefined];
  }
  const { schema, schemaName, jsonSchema, ...rest } = options;
  return [{ schema, schemaName, jsonSchema }, Object.keys(rest).length === 0 ? undefined : (rest as Omit<O, keyof StructuredOutputOptions>)];
}
