import { OpenRouterError } from "./openrouter-error.js";

/** One problem found in a response, as a path and a message (the Standard Schema issue shape). */
export interface ResponseIssue {
  message: string;
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined;
}

/**
 * The response arrived but cannot be used as asked: JSON that cannot be extracted or fails its schema, a body
 * that breaks a field the SDK depends on, an image request answered without images. `text` holds what came back.
 *
 * @example
 * ```ts
 * import { ResponseValidationError } from "openrouter-fetch/errors";
 * const handle = (e: unknown) => {
 *   if (e instanceof ResponseValidationError) console.error(e.message, e.text);
 * };
 * ```
 */
export class ResponseValidationError extends OpenRouterError {
  override name = "ResponseValidationError";
  /** The text the SDK could not use (the model's answer, or the body). */
  readonly text: string | undefined;
  readonly issues: readonly ResponseIssue[] | undefined;
  /** The model that answered, when known. */
  readonly model: string | undefined;

  constructor(
    message: string,
    options?: { text?: string | undefined; issues?: readonly ResponseIssue[] | undefined; model?: string | undefined; cause?: unknown },
  ) {
    super(message, options);
    this.text = options?.text;
    this.issues = options?.issues;
    this.model = options?.model;
  }
}

/**
 * The error every response check throws: which response, which field (a path such as `["data", 3, "id"]`), what
 * was wrong, with the offending value (up to 2,000 characters of it) as `text`.
 * @internal
 */
export function brokenField(what: string, path: readonly (string | number)[], problem: string, value: unknown): ResponseValidationError {
  const field = path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${key}` : key), "");
  let text: string | undefined;
  try {
    text = JSON.stringify(value)?.slice(0, 2000);
  } catch {
    text = undefined;
  }
  return new ResponseValidationError(`OpenRouter's ${what} response breaks a field the SDK relies on: ${field} ${problem}.`, {
    text,
    issues: [{ message: `${field} ${problem}`, path }],
  });
}
