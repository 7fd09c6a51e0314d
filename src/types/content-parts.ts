/**
 * A prompt-caching breakpoint (Anthropic style; also mapped for Gemini and Alibaba), on any content part: the
 * prompt up to and including that part is cached.
 */
export interface CacheControl {
  type: "ephemeral";
  ttl?: "5m" | "1h";
}

/** Text content. */
export interface TextPart {
  type: "text";
  text: string;
  cache_control?: CacheControl;
  prompt_cache_breakpoint?: { mode: "explicit" } | null;
}

/** An image by https URL or `data:image/…;base64,` URL. */
export interface ImagePart {
  type: "image_url";
  image_url: { url: string; detail?: "auto" | "low" | "high" | "original" };
  cache_control?: CacheControl;
}

/** Audio input: base64 only (URLs are not supported by the API). */
export interface AudioPart {
  type: "input_audio";
  input_audio: { data: string; format: "wav" | "mp3" | "flac" | "m4a" | "ogg" | "aiff" | "aac" | "pcm16" | "pcm24" | (string & {}) };
  cache_control?: CacheControl;
}

/** Video by URL or data URL (`input_video` is the legacy spelling). */
export interface VideoPart {
  type: "video_url" | "input_video";
  video_url: { url: string };
  cache_control?: CacheControl;
}

/**
 * A file (PDFs work on every model through the file-parser plugin): inline as `file_data` (a URL or `data:` URL),
 * or by the `file_id` an upload to `POST /files` returned.
 */
export interface FilePart {
  type: "file";
  file: { filename?: string; file_data?: string; file_id?: string };
  cache_control?: CacheControl;
}

/** Any part of a user (or tool) message. */
export type ContentPart = TextPart | ImagePart | AudioPart | VideoPart | FilePart;
