import { brokenField } from "../errors/response-validation-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { isNonEmptyString, isRecord } from "../util/checks.js";
import type { VideoJob } from "./types.js";

/**
 * The job of a `/videos` answer, with the fields the SDK relies on checked.
 * @internal
 */
export function readVideoJob(body: unknown, what: string): VideoJob {
  if (!isRecord(body)) throw brokenField(what, [], "is not an object", body);
  for (const field of ["id", "status"] as const) {
    if (typeof body[field] !== "string") throw brokenField(what, [field], body[field] === undefined ? "is missing" : "is not a string", body);
  }
  return body as VideoJob;
}

/**
 * A job id as a path segment: given as the id or as the job itself.
 * @internal
 */
export function jobPath(job: string | { id: string }, suffix = ""): string {
  const id = typeof job === "string" ? job : isRecord(job) ? job.id : undefined;
  if (!isNonEmptyString(id)) throw new ValidationError("Pass the video job or its id (the `id` createVideo() returned).", { field: "jobId" });
  return `videos/${encodeURIComponent(id)}${suffix}`;
}
