import { ResponseValidationError } from "../errors/response-validation-error.js";
import type { InferSchemaOutput, StandardSchemaIssue, StandardSchemaV1 } from "./standard-schema.js";

const shownIssues = 5;

/**
 * Validates a value with a Standard Schema and returns the schema's output (defaults and transforms applied).
 *
 * @throws {@link ResponseValidationError} with the schema's `issues`, the `text` the value came from and the `model`,
 * when the value does not match; the message lists the first issues with their paths.
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { validateWithSchema } from "openrouter-fetch/structured";
 * const city = await validateWithSchema(z.object({ name: z.string() }), { name: "Osaka" });
 * console.log(city.name);
 * ```
 */
export async function validateWithSchema<S extends StandardSchemaV1>(
  schema: S,
  value: unknown,
  source: { text?: string | undefined; model?: string | undefined; what?: string } = {},
): Promise<InferSchemaOutput<S>> {
  const outcome = await schema["~standard"].validate(value);
  if (!outcome.issues) return outcome.value as InferSchemaOutput<S>;
  const model = source.model === undefined ? "" : ` Model: ${source.model}.`;
  throw new ResponseValidationError(`${source.what ?? "The answer"} does not match the schema: ${formatIssues(outcome.issues)}.${model}`, {
    issues: outcome.issues,
    text: source.text,
    model: source.model,
  });
}

/**
 * The first issues as `path: message`, separated by `; ` (`(root)` for the value itself).
 * @internal
 */
export function formatIssues(issues: ReadonlyArray<StandardSchemaIssue>): string {
  const shown = issues.slice(0, shownIssues).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  if (issues.length > shownIssues) shown.push(`and ${issues.length - shownIssues} more`);
  return shown.join("; ");
}

function formatPath(path: StandardSchemaIssue["path"]): string {
  let out = "";
  for (const segment of path ?? []) {
    const key = typeof segment === "object" && segment !== null ? segment.key : segment;
    out += typeof key === "number" ? `[${key}]` : `${out === "" ? "" : "."}${String(key)}`;
  }
  return out === "" ? "(root)" : out;
}
