import { type Client, callOptions } from "../core/client.js";
import { type BinaryResult, requestBinary } from "../core/open-binary.js";
import type { RequestOptions } from "../core/options.js";
import { prepareSpeech } from "./prepare-speech.js";
import type { SpeechParams } from "./types.js";

/** The audio of {@link createSpeech}: its bytes, their type, and the generation id. */
export interface SpeechResult extends BinaryResult {
  /** The `X-Generation-Id` header, for `getGeneration()` (cost, provider). */
  readonly generationId: string | undefined;
}

/**
 * Speaks a text (`POST /audio/speech`) and returns the whole audio once it has arrived: `pcm` (16-bit
 * little-endian, the default) or `mp3`, with the `mimeType` the server sent. Voice samples in `input_references`
 * may be bytes or Blobs: they are sent as base64. `timeout` covers the wait for the audio to start, `idleTimeout`
 * any silence after; to play the audio as it arrives, use {@link createSpeechStream}.
 *
 * @throws {@link ValidationError} before sending, for a missing model or input, a bad `speed`, a voice sample that is
 * empty or not audio data, or when the client has no API key.
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error, including in an HTTP 200 body.
 * @throws {@link ResponseValidationError} when a 200 carries a JSON or HTML body instead of audio.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request or the audio could not complete.
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { createClient } from "openrouter-fetch";
 * import { createSpeech } from "openrouter-fetch/audio";
 * const speech = await createSpeech(createClient(), {
 *   model: "openai/gpt-4o-mini-tts",
 *   input: "Welcome aboard.",
 *   voice: "alloy",
 *   response_format: "mp3",
 * });
 * await writeFile("welcome.mp3", speech.bytes);
 * console.log(speech.mimeType, speech.bytes.length, speech.generationId);
 * ```
 */
export async function createSpeech(client: Client, params: SpeechParams, options?: RequestOptions): Promise<SpeechResult> {
  const resolved = callOptions(client, options);
  const body = await prepareSpeech(params, resolved.checkModelIds);
  const result = await requestBinary(resolved, { method: "POST", path: "audio/speech", body }, "audio");
  return { ...result, generationId: result.headers.get("x-generation-id") ?? undefined };
}
