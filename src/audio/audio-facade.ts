import type { Client } from "../core/client.js";
import type { BinaryBody } from "../core/open-binary.js";
import type { RequestOptions } from "../core/options.js";
import { type SpeechResult, createSpeech } from "./create-speech.js";
import { createSpeechStream } from "./create-speech-stream.js";
import { createTranscription } from "./create-transcription.js";
import type { SpeechParams, Transcription, TranscriptionParams } from "./types.js";

/** The audio endpoints bound to a client: `createOpenRouter().audio`. */
export interface AudioFacade {
  /** {@link createSpeech} with this client: the whole audio. */
  speech(params: SpeechParams, options?: RequestOptions): Promise<SpeechResult>;
  /** {@link createSpeechStream} with this client: the audio as it arrives. */
  speechStream(params: SpeechParams, options?: RequestOptions): Promise<BinaryBody>;
  /** {@link createTranscription} with this client. */
  transcribe(params: TranscriptionParams, options?: RequestOptions): Promise<Transcription>;
}

/**
 * The audio methods of the facade, each one line delegating to its standalone function.
 *
 * @throws nothing itself; each method throws what its function throws.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { createAudioFacade } from "openrouter-fetch/audio";
 * const audio = createAudioFacade(createClient());
 * const { text } = await audio.transcribe({ model: "openai/whisper-large-v3", input_audio: { data: "UklGRiQA", format: "wav" } });
 * ```
 */
export function createAudioFacade(client: Client): AudioFacade {
  return {
    speech: (params, o) => createSpeech(client, params, o),
    speechStream: (params, o) => createSpeechStream(client, params, o),
    transcribe: (params, o) => createTranscription(client, params, o),
  };
}
