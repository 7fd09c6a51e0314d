import { type Client, callOptions } from "../core/client.js";
import { type BinaryBody, openBinary } from "../core/open-binary.js";
import type { RequestOptions } from "../core/options.js";
import { ValidationError } from "../errors/validation-error.js";
import { isWholeNumber } from "../util/checks.js";
import { jobPath } from "./read-video-job.js";

/** Per-call options of {@link downloadVideo}. */
export interface DownloadVideoOptions extends RequestOptions {
  /** Which of the job's videos. @default 0 */
  index?: number;
}

/**
 * Streams a completed job's video (`GET /videos/{jobId}/content`): `body` is a `ReadableStream` to pipe to a file
 * or a response, `bytes()` / `toBlob()` read it whole. `timeout` covers the wait for the video to start,
 * `idleTimeout` any silence after; cancelling `body` closes the connection.
 *
 * @throws {@link ValidationError} for an empty job id or a bad `index`.
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error (the job is not done: 400/404).
 * @throws {@link ResponseValidationError} when a 200 carries JSON or HTML instead of the video.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete; the body errors
 * with these too.
 * @example
 * ```ts
 * import { createWriteStream } from "node:fs";
 * import { Writable } from "node:stream";
 * import { createClient } from "openrouter-fetch";
 * import { downloadVideo } from "openrouter-fetch/videos";
 * const video = await downloadVideo(createClient(), "job-abc123");
 * await video.body.pipeTo(Writable.toWeb(createWriteStream("video.mp4")));
 * ```
 */
export async function downloadVideo(client: Client, job: string | { id: string }, options?: DownloadVideoOptions): Promise<BinaryBody> {
  const { index, ...rest } = options ?? {};
  if (index !== undefined && !isWholeNumber(index, 0)) throw new ValidationError(`index is a whole number ≥ 0, got ${String(index)}.`, { field: "index" });
  return openBinary(callOptions(client, rest), { method: "GET", path: jobPath(job, "/content"), query: { index } }, "a video");
}
