import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { jobPath, readVideoJob } from "./read-video-job.js";
import type { VideoJob } from "./types.js";

/**
 * A video job's state (`GET /videos/{jobId}`): its `status`, and once completed its `unsigned_urls` and `usage`.
 *
 * @throws {@link ValidationError} for an empty job id.
 * @throws {@link ResponseValidationError} when the answer has no job `id` or `status`.
 * @throws {@link APIError} (a per-status subclass; `NotFoundError` for an unknown job) when OpenRouter answers with an error.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { getVideo } from "openrouter-fetch/videos";
 * const job = await getVideo(createClient(), "job-abc123");
 * console.log(job.status);
 * ```
 */
export async function getVideo(client: Client, job: string | { id: string }, options?: RequestOptions): Promise<VideoJob> {
  return (await pollVideo(client, job, options)).job;
}

/**
 * The job and the headers of its answer (a `Retry-After` paces polling).
 * @internal
 */
export async function pollVideo(client: Client, job: string | { id: string }, options?: RequestOptions): Promise<{ job: VideoJob; headers: Headers }> {
  const resolved = callOptions(client, options);
  const path = jobPath(job);
  const { data, headers } = await requestJSON<unknown>(resolved, { method: "GET", path });
  return { job: readVideoJob(data, `GET /${path}`), headers };
}
