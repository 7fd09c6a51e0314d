// Wire types of /videos, named as in OpenRouter's OpenAPI document (VideoGenerationRequest, VideoGenerationResponse,
// VideoModel).
import type { ExtraFields } from "../types/chat-params.js";
import type { ImagePart } from "../types/content-parts.js";

/** The aspect ratios the document lists. */
export type VideoAspectRatio = "16:9" | "9:16" | "1:1" | "4:3" | "3:4" | "3:2" | "2:3" | "21:9" | "9:21" | (string & {});

/** An image to use as the first or last frame. */
export type FrameImage = ImagePart & { frame_type: "first_frame" | "last_frame" };

/** A reference asset: an image (every provider), audio or video (some providers). */
export type VideoInputReference =
  | ImagePart
  | { type: "audio_url"; audio_url: { url: string } }
  | { type: "video_url"; video_url: { url: string } };

/** `POST /videos`: a video generation job. */
export interface VideoParams {
  /** e.g. `"google/veo-3.1"`. */
  model: string;
  /** Optional only for models that make a video from images alone. */
  prompt?: string;
  aspect_ratio?: VideoAspectRatio;
  /** Seconds. */
  duration?: number;
  /** e.g. `"720p"`, `"1080p"`. */
  resolution?: string;
  /** `"WIDTHxHEIGHT"`, instead of resolution + aspect_ratio. */
  size?: string;
  generate_audio?: boolean;
  seed?: number;
  frame_images?: FrameImage[];
  input_references?: VideoInputReference[];
  /** An https URL told when the job ends (overrides the workspace default). */
  callback_url?: string;
  /** Upscaling models only. */
  creativity?: number;
  /** Upscaling models only. */
  upscale_factor?: number;
  /** Provider passthrough: `{ options: { <provider>: { … } } }`. */
  provider?: { options?: Record<string, Record<string, unknown>> };
  /** Fields the SDK does not know yet, merged into the body (see {@link ExtraFields}). */
  extra?: ExtraFields;
}

/** Where a job is. */
export type VideoJobStatus = "pending" | "in_progress" | "completed" | "failed" | "cancelled" | "expired" | (string & {});

/** A video job, as `POST /videos` and `GET /videos/{jobId}` answer it; unknown fields pass through. */
export interface VideoJob {
  id: string;
  status: VideoJobStatus;
  polling_url: string;
  /** Once the job has been processed. */
  generation_id?: string;
  /** When completed: where the videos are (download them with `downloadVideo()`, which needs no signed URL). */
  unsigned_urls?: string[];
  /** Once completed. */
  usage?: { cost?: number | null; is_byok?: boolean; [key: string]: unknown };
  /** Why the job failed. */
  error?: string;
  [key: string]: unknown;
}

/** A video generation model of `GET /videos/models`; unknown fields pass through. */
export interface VideoModel {
  id: string;
  canonical_slug: string;
  name: string;
  created: number;
  description?: string;
  supported_resolutions: string[] | null;
  supported_aspect_ratios: VideoAspectRatio[] | null;
  supported_sizes: string[] | null;
  supported_durations: number[] | null;
  supported_frame_images: ("first_frame" | "last_frame")[] | null;
  generate_audio: boolean | null;
  seed: boolean | null;
  allowed_passthrough_parameters: string[];
  /** Prices by SKU, as decimal strings. */
  pricing_skus?: Record<string, string> | null;
  [key: string]: unknown;
}
