import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { ValidationError } from "../errors/validation-error.js";
import { isNonEmptyString, isRecord } from "../util/checks.js";
import { invalid, readData } from "./read-data.js";
import type { GenerationContent } from "./types.js";

/**
 * The stored prompt and completion of one request (`GET /generation/content?id=`), and its error when it failed.
 * OpenRouter keeps them only for accounts with prompt logging on. Takes the inference API key, like
 * {@link getGeneration}; unlike it, a 404 is not tried again (the content is written with the record).
 *
 * @throws {@link ValidationError} before sending, for an empty id, or when the client has no key.
 * @throws {@link AuthenticationError} when the key is missing or wrong, or not allowed to read stored content.
 * @throws {@link NotFoundError} when no content is stored for this id.
 * @throws {@link ResponseValidationError} when `data` or `data.output` is not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { getGenerationContent } from "openrouter-fetch/account";
 * const content = await getGenerationContent(createClient(), "gen-1744651369-abc");
 * console.log(content.input, content.output.completion, content.error?.message);
 * ```
 */
export async function getGenerationContent(client: Client, id: string, options?: RequestOptions): Promise<GenerationContent> {
  const resolved = callOptions(client, options);
  if (!isNonEmptyString(id)) {
    throw new ValidationError('getGenerationContent() needs a generation id such as "gen-1744651369-abc" (a chat result\'s generationId).', { field: "id" });
  }
  const { data } = await requestJSON<unknown>(resolved, { method: "GET", path: "generation/content", query: { id }, auth: "required" });
  const content = readData<GenerationContent>(data, "GET /generation/content", {});
  if (!isRecord(content.output)) invalid("GET /generation/content", "data.output", content.output === undefined ? "is missing" : "is not an object", data);
  return content;
}
