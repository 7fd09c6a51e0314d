import { OpenRouterError } from "../errors/openrouter-error.js";
import type { VideoJob } from "./types.js";

/**
 * A video job ended without a video: `failed`, `cancelled` or `expired`. `job` is its last state (its `error` says
 * why, when OpenRouter said).
 *
 * @example
 * ```ts
 * import { VideoJobError } from "openrouter-fetch/videos";
 * const handle = (e: unknown) => {
 *   if (e instanceof VideoJobError) console.error(`job ${e.job.id} ${e.job.status}: ${e.job.error ?? "no reason given"}`);
 * };
 * ```
 */
export class VideoJobError extends OpenRouterError {
  override name = "VideoJobError";
  /** The job as the last poll saw it. */
  readonly job: VideoJob;

  constructor(job: VideoJob) {
    super(`Video job ${job.id} ended ${job.status}${typeof job.error === "string" && job.error ? `: ${job.error}` : ""}.`);
    this.job = job;
  }
}
