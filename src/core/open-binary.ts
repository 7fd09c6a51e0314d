import { ValidationError } from "../errors/validation-error.js";
import type { ResolvedOptions } from "./options.js";
import { type RequestSpec, openResponse } from "./request.js";

/**
 * A binary answer (audio, a video, a file's bytes) whose body is still arriving. `timeout` covered the wait for
 * the response; from the headers on, `idleTimeout` ends the call when no bytes come for that long (a long video
 * that keeps flowing is never cut by a deadline sized for the wait). Read it once: through `body`, or `bytes()` /
 * `toBlob()`. Cancelling `body` closes the connection.
 */
export interface BinaryBody {
  /** The bytes as they arrive, for playback or piping to a file without holding them all. */
  readonly body: ReadableStream<Uint8Array>;
  /** The `Content-Type` the server sent (e.g. `audio/mpeg`, `video/mp4`), `application/octet-stream` when none. */
  readonly mimeType: string;
  /** The response headers (`X-Generation-Id`, …). */
  readonly headers: Headers;
  /**
   * Reads the whole body. Calling it again gives the same bytes.
   * @throws {@link ValidationError} when `body` is already being read.
   * @throws {@link TimeoutError} / {ConnectionError} / {AbortError} when the body could not be read to its end.
   */
  bytes(): Promise<Uint8Array>;
  /** The whole body as a `Blob` of type `mimeType`. Throws what {@link BinaryBody.bytes} throws. */
  toBlob(): Promise<Blob>;
}

/**
 * A binary answer read to its end: the bytes and their type.
 */
export interface BinaryResult {
  readonly bytes: Uint8Array;
  /** The `Content-Type` the server sent (e.g. `audio/mpeg`), `application/octet-stream` when none. */
  readonly mimeType: string;
  readonly headers: Headers;
  /** The bytes as a `Blob` of type `mimeType`. */
  toBlob(): Blob;
}

/**
 * Sends a request whose success answer is bytes, retried like any other until its headers arrive. An error
 * answer (JSON, also with 200) throws its `APIError`; a 200 with HTML or a JSON body that is no error throws
 * `ResponseValidationError` — unless `spec.successBody` is `"any"` (a download: every 200 is content).
 * @internal
 */
export async function openBinary(options: ResolvedOptions, spec: RequestSpec, expected = "binary data"): Promise<BinaryBody> {
  const { response, control } = await openResponse(options, spec, expected);
  control.armIdle(options.idleTimeout);
  const reader = response.body?.getReader();
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!reader) {
        control.dispose();
        return controller.close();
      }
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          const failure = control.failure(error, undefined, "The connection dropped while reading the body");
          control.dispose();
          return controller.error(failure);
        }
        if (chunk.done) {
          control.dispose();
          return controller.close();
        }
        control.touch();
        // The first bytes end the wait that `timeout` covers; silence after them is idleTimeout's.
        if (first) control.clearDeadline();
        first = false;
        if (chunk.value.length > 0) return controller.enqueue(chunk.value);
      }
    },
    cancel(reason) {
      control.abort(reason);
      control.dispose();
      return reader?.cancel(reason).catch(() => undefined);
    },
  });
  const mimeType = response.headers.get("content-type") ?? "application/octet-stream";
  let whole: Promise<Uint8Array> | undefined;
  const bytes = () => (whole ??= collect(body));
  return { body, mimeType, headers: response.headers, bytes, toBlob: async () => new Blob([(await bytes()) as Uint8Array<ArrayBuffer>], { type: mimeType }) };
}

/**
 * {@link openBinary} read to its end.
 * @internal
 */
export async function requestBinary(options: ResolvedOptions, spec: RequestSpec, expected?: string): Promise<BinaryResult> {
  const { bytes, mimeType, headers } = await openBinary(options, spec, expected);
  const data = await bytes();
  return { bytes: data, mimeType, headers, toBlob: () => new Blob([data as Uint8Array<ArrayBuffer>], { type: mimeType }) };
}

async function collect(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  if (body.locked) throw new ValidationError("This body is already being read through `body`: read it once, either way.", { field: "body" });
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    size += value.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
