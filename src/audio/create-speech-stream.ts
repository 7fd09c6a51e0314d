import { type Client, callOptions } from "../core/client.js";
import { type BinaryBody, openBinary } from "../core/open-binary.js";
import type { RequestOptions } from "../core/options.js";
import { prepareSpeech } from "./prepare-speech.js";
import type { SpeechParams } from "./types.js";

/**
 * Speaks a text (`POST /audio/speech`) and resolves as soon as the audio starts, with its body as a
 * `ReadableStream` for playback or piping without holding it all (`bytes()` / `toBlob()` read it whole instead).
 * HTTP errors, after retries, are thrown here. `timeout` covers the wait for the response, `idleTimeout` any
 * silence in the body after it (then the stream errors with `TimeoutError`); cancelling the stream closes the
 * connection.
 *
 * @throws {@link ValidationError} before sending, for bad input (see {@link createSpeech}).
 * @throws {@link APIError} (a per-status subclass), {ResponseValidationError}, {ConnectionError}, {TimeoutError} or
 * {AbortError} before the audio starts; the stream itself errors with the last three.
 * @example
 * ```ts
 * import { createWriteStream } from "node:fs";
 * import { Writable } from "node:stream";
 * import { createClient } from "openrouter-fetch";
 * import { createSpeechStream } from "openrouter-fetch/audio";
 * const speech = await createSpeechStream(createClient(), { model: "openai/gpt-4o-mini-tts", input: "Hello!", response_format: "mp3" });
 * await speech.body.pipeTo(Writable.toWeb(createWriteStream("hello.mp3")));
 * ```
 */
export async function createSpeechStream(client: Client, params: SpeechParams, options?: RequestOptions): Promise<BinaryBody> {
  const resolved = callOptions(client, options);
  const body = await prepareSpeech(params, resolved.checkModelIds);
  return openBinary(resolved, { method: "POST", path: "audio/speech", body }, "audio");
}
