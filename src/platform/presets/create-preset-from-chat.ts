import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { chatFields } from "../../types/chat-fields.js";
import type { ChatParams } from "../../types/chat-params.js";
import { savePreset } from "./save-preset.js";
import type { PresetWithVersion } from "./types.js";

/**
 * Creates a preset, or a new designated version of an existing one, from a chat-completions
 * request (`ChatParams`, the body of `chat()`) (`POST /presets/{slug}/chat/completions`). The server keeps the fields a preset can hold (model, sampling, provider
 * routing, the system prompt) and ignores the rest. Not retried on a 5xx or a dropped connection, which may have
 * created a version; retried on 408 and 429. Takes the inference API key, not a management key.
 *
 * @throws {@link ValidationError} when `slug` is empty or `params` is not an object (before sending).
 * @throws {@link AuthenticationError} when the inference API key is missing, wrong or not allowed to change presets.
 * @throws {@link APIError} with status 409 when another change to the preset happened at the same time (try again).
 * @throws {@link ResponseValidationError} when `data` is missing or not an object.
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, createPresetFromChat } from "openrouter-fetch/platform";
 * const preset = await createPresetFromChat(createClient(), "my-preset", { model: "openai/gpt-4o", temperature: 0.7, messages: [{ role: "system", content: "You are terse." }] });
 * console.log(preset.designated_version?.version);
 * ```
 */
export async function createPresetFromChat(client: Client, slug: string, params: ChatParams, options?: RequestOptions): Promise<PresetWithVersion> {
  return savePreset(client, "chat/completions", slug, params, options, "ChatParams", chatFields);
}
