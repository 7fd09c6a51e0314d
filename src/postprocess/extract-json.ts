import { ResponseValidationError } from "../errors/response-validation-error.js";
import type { ChatResult } from "../types/chat-result.js";
import type { PostProcessor } from "../types/post-processor.js";

// A fence opens at the start of a line (Markdown's rule), so ``` inside a JSON string is not one.
const fencePattern = /(?:^|\n)[ \t]*```[ \t]*([A-Za-z0-9_+-]*)[^\n]*\n([\s\S]*?)(?:```|$)/g;
const maxCandidates = 64;

/**
 * Parses the JSON in a model's answer, even when the model wrapped it in markdown fences (```` ```json ````) or
 * prose: first the whole text, then each fenced block (json-tagged ones first), then the longest balanced object or
 * array in the text that parses.
 *
 * @throws {@link ResponseValidationError} carrying the text when no JSON can be found.
 * @example
 * ```ts
 * import { extractJson } from "openrouter-fetch/postprocess";
 * const fence = "`".repeat(3); // a literal fence would end this code block
 * extractJson(`Sure! ${fence}json\n{"ok": true}\n${fence}`); // { ok: true }
 * ```
 */
export function extractJson(text: string): unknown {
  const whole = tryParse(text);
  if (whole !== noJSON) return whole;
  const fenced = [...text.matchAll(fencePattern)].sort((a, b) => rank(a[1]) - rank(b[1]));
  for (const match of fenced) {
    const value = tryParse(match[2] ?? "");
    if (value !== noJSON) return value;
  }
  // Of the top-level balanced candidates that parse, the longest wins: a footnote like "[1]" loses to the object
  // after it, and an array of objects is kept whole rather than read as its first element.
  let best: { value: unknown; length: number } | undefined;
  let candidates = 0;
  for (let start = 0; start < text.length && candidates < maxCandidates; start++) {
    const char = text.charCodeAt(start);
    if (char !== 0x7b && char !== 0x5b) continue; // { or [
    candidates++;
    const end = balancedEnd(text, start);
    if (end === -1) continue;
    const value = tryParse(text.slice(start, end + 1));
    if (value === noJSON) continue;
    if (!best || end + 1 - start > best.length) best = { value, length: end + 1 - start };
    start = end;
  }
  if (best) return best.value;
  throw new ResponseValidationError(
    `No JSON could be extracted from the answer (${text.trim() === "" ? "it was empty" : `${text.length} characters of text`}).`,
    { text },
  );
}

function rank(lang: string | undefined): number {
  return lang && /^json/i.test(lang) ? 0 : lang ? 2 : 1;
}

const noJSON = Symbol("noJSON");

function tryParse(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === "" || !/^[[{"\d-]|^(true|false|null)$/.test(trimmed)) return noJSON;
  try {
    return JSON.parse(trimmed);
  } catch {
    return noJSON;
  }
}

/** The index of the bracket closing the one at `start`, skipping brackets inside strings; -1 when unbalanced. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") depth++;
    else if (char === "}" || char === "]") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * JSON extraction: when the request asked for JSON (`response_format` of type `json_object` or `json_schema`),
 * `json` is parsed from the answer with {@link extractJson}.
 *
 * @throws {@link ResponseValidationError} when the answer holds no JSON; it carries the text and the model.
 * @example
 * ```ts
 * import { chat, createClient } from "openrouter-fetch";
 * const result = await chat(createClient(), {
 *   model: "openai/gpt-4.1-nano",
 *   response_format: { type: "json_object" },
 *   prompt: "Give me {\"ok\": true} as JSON",
 * });
 * console.log(result.json);
 * ```
 */
export const jsonExtraction: PostProcessor = /*@__PURE__*/ Object.assign(
  (result: ChatResult, context: { params: { response_format?: { type: string } | undefined } }): ChatResult => {
    const type = context.params.response_format?.type;
    return type === "json_object" || type === "json_schema" ? { ...result, json: answerJson(result) } : result;
  },
  { processorName: "jsonExtraction" },
);

/**
 * The JSON in an answer's text, or a `ResponseValidationError` that says why there is none: the model refused,
 * or `max_tokens` cut the answer off.
 * @internal
 */
export function answerJson(result: ChatResult): unknown {
  try {
    return extractJson(result.text);
  } catch (error) {
    const refusal = result.raw?.choices?.[0]?.message?.refusal;
    const why =
      typeof refusal === "string" && refusal !== ""
        ? ` The model refused: ${refusal}`
        : result.finishReason === "length"
          ? ' The answer was cut off by max_tokens (finish_reason "length"); raise it.'
          : "";
    throw new ResponseValidationError(`${(error as Error).message} Model: ${result.model}.${why}`, { text: result.text, model: result.model, cause: error });
  }
}
