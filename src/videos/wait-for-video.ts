import type { Client } from "../core/client.js";
import { serverRetryDelay } from "../core/retry-delay.js";
import { AbortError } from "../errors/abort-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { pollVideo } from "./get-video.js";
import type { VideoJob } from "./types.js";
import { VideoJobError } from "./video-job-error.js";

/** How {@link waitForVideo} polls. */
export interface WaitForVideoOptions {
  /** Stops the wait (and the poll under way) at once, with `AbortError`. */
  signal?: AbortSignal;
  /** Milliseconds between polls when the answer sends no `Retry-After`. @default 5000 */
  pollInterval?: number;
  /** The longest wait, in milliseconds; then `TimeoutError`. Each poll also has the client's own `timeout`. @default 1_800_000 (30 minutes) */
  timeout?: number;
  /** Called with the job after each poll (and with the job given, when it is one). */
  onProgress?: (job: VideoJob) => void;
}

/** Default {@link WaitForVideoOptions.pollInterval}. */
export const DEFAULT_POLL_INTERVAL = 5_000;
/** Default {@link WaitForVideoOptions.timeout}: video jobs take minutes. */
export const DEFAULT_VIDEO_TIMEOUT = 1_800_000;

const failed = new Set(["failed", "cancelled", "expired"]);

/**
 * Polls a video job (`GET /videos/{jobId}`) until it is `completed`, and returns it. Between polls it waits the
 * answer's `Retry-After` when there is one, else `pollInterval`. Each poll is a request of its own, retried as
 * usual (a 429 or 5xx does not end the wait).
 *
 * @throws {@link VideoJobError} when the job ends `failed`, `cancelled` or `expired`; `job` is its last state.
 * @throws {@link AbortError} as soon as `signal` aborts, also mid-poll.
 * @throws {@link TimeoutError} when the job is not done within `timeout` (its `timeoutMs`).
 * @throws {@link ValidationError} for an empty job id or a bad `pollInterval` / `timeout`.
 * @throws {@link APIError} / {ConnectionError} / {ResponseValidationError} when a poll fails after its retries.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { createVideo, waitForVideo } from "openrouter-fetch/videos";
 * const client = createClient();
 * const job = await createVideo(client, { model: "google/veo-3.1", prompt: "Waves on a beach at dawn" });
 * const done = await waitForVideo(client, job, { pollInterval: 10_000, onProgress: (j) => console.log(j.status) });
 * ```
 */
export async function waitForVideo(client: Client, job: string | VideoJob, options: WaitForVideoOptions = {}): Promise<VideoJob> {
  const { signal, pollInterval = DEFAULT_POLL_INTERVAL, timeout = DEFAULT_VIDEO_TIMEOUT, onProgress } = options;
  for (const [field, value] of [["pollInterval", pollInterval], ["timeout", timeout]] as const) {
    if (typeof value !== "number" || !(value >= 0)) throw new ValidationError(`${field} is milliseconds ≥ 0, got ${String(value)}.`, { field });
  }
  if (signal?.aborted) throw new AbortError({ cause: signal.reason });
  // One controller ends both the sleeps and the poll in flight, for the caller's abort and for the timeout alike.
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  const timer = timeout < 2_147_483_647 ? setTimeout(() => ((timedOut = true), controller.abort()), timeout) : undefined;
  const stopped = () => (timedOut ? waitTimeout(timeout) : new AbortError({ cause: signal?.reason }));
  try {
    let current = typeof job === "string" ? undefined : job;
    let wait = 0;
    if (current) onProgress?.(current);
    for (;;) {
      if (current?.status === "completed") return current;
      if (current && failed.has(current.status)) throw new VideoJobError(current);
      if (current) await sleep(wait, controller.signal).catch(() => Promise.reject(stopped()));
      let headers: Headers;
      try {
        ({ job: current, headers } = await pollVideo(client, job, { signal: controller.signal }));
      } catch (error) {
        throw controller.signal.aborted ? stopped() : error;
      }
      onProgress?.(current);
      wait = serverRetryDelay(headers, undefined) ?? pollInterval;
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/** A TimeoutError that says which wait ran out (the class's own wording is about one response). */
function waitTimeout(ms: number): TimeoutError {
  const error = new TimeoutError({ timeoutMs: ms, phase: "response" });
  error.message = `The video job was not done within ${ms} ms (waitForVideo's timeout): raise it, or poll later with getVideo().`;
  return error;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
