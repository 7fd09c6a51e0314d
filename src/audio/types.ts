import type { ExtraFields } from "../types/chat-params.js";

// Wire types of /audio/speech and /audio/transcriptions, named as in OpenRouter's OpenAPI document
// (SpeechRequest, STTRequest, STTResponse, …).

/** Audio as the SDK takes it: bytes, a `Blob` (a `File` too), or base64 text (a `data:` URL works). */
export type AudioSource = Uint8Array | Blob | string;

/** The voice sample of a voice-cloning request: base64 on the wire, bytes or a Blob here. */
export interface SpeechInputReferenceAudio {
  type: "input_audio";
  input_audio: {
    /** The sample (≤ 15 MiB of audio): bytes, a Blob, or base64 / a `data:` URL. */
    data: AudioSource;
    /** `wav`, `mp3`, … Optional: most providers read it from the bytes. */
    format?: string;
  };
}

/** The transcript of the voice sample. */
export interface SpeechInputReferenceText {
  type: "text";
  /** At most 10,000 characters. */
  text: string;
}

/** One reference for stateless voice cloning: one audio sample, optionally one transcript of it. */
export type SpeechInputReference = SpeechInputReferenceAudio | SpeechInputReferenceText;

/** `POST /audio/speech`: text to speech. */
export interface SpeechParams {
  /** e.g. `"openai/gpt-4o-mini-tts"`, `"mistralai/voxtral-mini-tts-2603"`. */
  model: string;
  /** The text to speak. */
  input: string;
  /** Provider-specific voice, e.g. `"alloy"`, `"en_paul_neutral"`. */
  voice?: string;
  /** `pcm` (the default: 16-bit little-endian) or `mp3`. */
  response_format?: "mp3" | "pcm" | (string & {});
  /** Playback speed, for models that support it (OpenAI TTS); others ignore it. */
  speed?: number;
  /** A voice sample (and its transcript) to clone; only routed to endpoints that can. */
  input_references?: SpeechInputReference[];
  /** Provider passthrough: `{ options: { <provider>: { … } } }`. */
  provider?: { options?: Record<string, Record<string, unknown>> };
  /** Fields the SDK does not know yet, merged into the body (see {@link ExtraFields}). */
  extra?: ExtraFields;
}

/** Timestamp detail of a `verbose_json` transcript. */
export type TimestampGranularity = "word" | "segment";

/** What a transcription answers: `json` (text and usage) or `verbose_json` (with segments, words, duration). */
export type TranscriptionFormat = "json" | "verbose_json" | (string & {});

/** Fields both ways of sending audio to `POST /audio/transcriptions` share. */
export interface TranscriptionParamsBase {
  /** e.g. `"openai/whisper-large-v3"`. */
  model: string;
  /** ISO-639-1 code (`"en"`); detected when omitted. */
  language?: string;
  response_format?: TranscriptionFormat;
  temperature?: number;
  /** With `verbose_json`: `segment` timestamps, and `word` for the `words` array. */
  timestamp_granularities?: TimestampGranularity[];
  /** Provider passthrough: `{ options: { <provider>: { … } } }`. */
  provider?: { options?: Record<string, Record<string, unknown>> };
  /** Fields the SDK does not know yet, added to the JSON body or the upload's form fields (see {@link ExtraFields}). */
  extra?: ExtraFields;
}

/** Audio sent as base64 in a JSON body (any size the provider takes). */
export interface TranscriptionJSONParams extends TranscriptionParamsBase {
  input_audio: {
    /** Bytes, a Blob, or base64 (a `data:` URL works): sent as raw base64. */
    data: AudioSource;
    /** `wav`, `mp3`, `flac`, `m4a`, `ogg`, `webm`, `aac`, … (which ones depends on the provider). */
    format: string;
  };
}

/** Audio sent as a multipart upload, OpenAI style (at most 25 MB; no base64 overhead). */
export interface TranscriptionUploadParams extends TranscriptionParamsBase {
  /** The audio: bytes or a Blob / File. */
  file: Uint8Array | Blob;
  /** The file name; its extension tells the format. @default a File's own name */
  filename?: string;
}

/** `POST /audio/transcriptions`: base64 JSON (`input_audio`) or a multipart upload (`file`). */
export type TranscriptionParams = TranscriptionJSONParams | TranscriptionUploadParams;

/** A timestamped segment of a `verbose_json` transcript. */
export interface TranscriptionSegment {
  id: number;
  start: number;
  end: number;
  text: string;
  seek?: number;
  tokens?: number[];
  temperature?: number;
  avg_logprob?: number;
  compression_ratio?: number;
  no_speech_prob?: number;
  /** With diarization. */
  speaker?: number;
  [key: string]: unknown;
}

/** A timestamped word (`timestamp_granularities: ["word"]`). */
export interface TranscriptionWord {
  word: string;
  start: number;
  end: number;
  speaker?: number;
  [key: string]: unknown;
}

/** What a transcription cost and counted. */
export interface TranscriptionUsage {
  cost?: number;
  input_tokens?: number;
  output_tokens?: number;
  total_tokens?: number;
  /** The audio's length. */
  seconds?: number;
  [key: string]: unknown;
}

/** The wire answer of `POST /audio/transcriptions` (`STTResponse`); unknown fields pass through. */
export interface Transcription {
  text: string;
  usage?: TranscriptionUsage;
  /** `verbose_json` only. */
  task?: string;
  language?: string;
  duration?: number;
  segments?: TranscriptionSegment[];
  words?: TranscriptionWord[];
  [key: string]: unknown;
}
