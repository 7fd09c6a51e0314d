/**
 * openrouter-fetch/audio: text to speech ({@link createSpeech}, {@link createSpeechStream}) and speech to text
 * ({@link createTranscription}).
 *
 * @module audio
 */
export { createSpeech, type SpeechResult } from "./create-speech.js";
export { createSpeechStream } from "./create-speech-stream.js";
export { createTranscription } from "./create-transcription.js";
export { createAudioFacade, type AudioFacade } from "./audio-facade.js";
export type { BinaryBody, BinaryResult } from "../core/open-binary.js";
export type {
  AudioSource, SpeechInputReferenceAudio, SpeechInputReferenceText, SpeechInputReference, SpeechParams,
  TimestampGranularity, TranscriptionFormat, TranscriptionParamsBase, TranscriptionJSONParams, TranscriptionUploadParams,
  TranscriptionParams, TranscriptionSegment, TranscriptionWord, TranscriptionUsage, Transcription,
} from "./types.js";
