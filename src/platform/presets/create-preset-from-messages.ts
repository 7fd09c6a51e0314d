import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { messagesFields } from "../../messages/messages-fields.js";
import type { MessagesParams } from "../../messages/types.js";
import { savePreset } from "./save-preset.js";
import type { PresetWithVersion } from "./types.js";

/**
 * Creates a preset, or a new designated version of an existing one, from an Anthropic Messages
 * request (`MessagesParams`, the body of `createMessage()`) (`POST /presets/{slug}/messages`). The server keeps the fields a preset can hold (model, sampling, provider
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
 * import { createClient, createPresetFromMessages } from "openrouter-fetch/platform";
 * const preset = await createPresetFromMessages(createClient(), "my-preset", { model: "anthropic/claude-sonnet-4", max_tokens: 1024, system: "You are terse.", messages: [] });
 * console.log(preset.designated_version?.version);
 * ```
 */
export async function createPresetFromMessages(client: Client, slug: string, params: MessagesParams, options?: RequestOptions): Promise<PresetWithVersion> {
  return savePreset(client, "messages", slug, params, options, "MessagesParams", messagesFields);
}
