import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { ValidationError } from "../errors/validation-error.js";
import { checkModelId } from "../models/model-id.js";
import { isNonEmptyString, isRecord, isWholeNumber } from "../util/checks.js";
import { readVideoJob } from "./read-video-job.js";
import type { VideoJob, VideoParams } from "./types.js";
import { type FieldsOf, requestBody } from "../core/request-body.js";

/**
 * Submits a video generation job (`POST /videos`, answered 202) and returns it, `pending`. Wait for it with
 * `waitForVideo()`, then fetch the bytes with `downloadVideo()`. Submitting costs money, so only a 408 or 429 (not
 * acted on) is retried.
 *
 * @throws {@link ValidationError} before sending, for a missing model, a bad `duration` or `seed`, or no API key.
 * @throws {@link ResponseValidationError} when the answer has no job `id` or `status`.
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { createVideo, waitForVideo } from "openrouter-fetch/videos";
 * const client = createClient();
 * const job = await createVideo(client, { model: "google/veo-3.1", prompt: "A serene mountain landscape at sunset", duration: 8 });
 * const done = await waitForVideo(client, job, { onProgress: (j) => console.log(j.status) });
 * console.log(done.unsigned_urls, done.usage?.cost);
 * ```
 */
export async function createVideo(client: Client, params: VideoParams, options?: RequestOptions): Promise<VideoJob> {
  const resolved = callOptions(client, options);
  if (!isRecord(params)) throw new ValidationError('createVideo() takes { model, prompt }, e.g. { model: "google/veo-3.1", prompt: "…" }.', { field: "params" });
  if (!isNonEmptyString(params.model)) throw new ValidationError('createVideo() needs a model, e.g. "google/veo-3.1".', { field: "model" });
  if (resolved.checkModelIds) checkModelId(params.model);
  if (params.duration !== undefined && !isWholeNumber(params.duration, 1)) {
    throw new ValidationError(`duration is whole seconds > 0, got ${String(params.duration)}.`, { field: "duration" });
  }
  if (params.seed !== undefined && !isWholeNumber(params.seed)) throw new ValidationError(`seed must be a whole number, got ${String(params.seed)}.`, { field: "seed" });
  const body = requestBody(params, "VideoParams", videoFields);
  const { data } = await requestJSON<unknown>(resolved, { method: "POST", path: "videos", body, idempotent: false });
  return readVideoJob(data, "POST /videos");
}

const videoFields: FieldsOf<VideoParams> = {
  model: true, prompt: true, aspect_ratio: true, duration: true, resolution: true, size: true, generate_audio: true, seed: true,
  frame_images: true, input_references: true, callback_url: true, creativity: true, upscale_factor: true, provider: true,
};
