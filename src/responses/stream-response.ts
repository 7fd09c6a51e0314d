import { type Client, callOptions } from "../core/client.js";
import { openResponse } from "../core/request.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { TypedEventStream, failureEvent } from "../streaming/event-stream.js";
import { withSchemaJson } from "../structured/json-answer.js";
import type { InferSchemaOutput, StandardSchemaV1 } from "../structured/standard-schema.js";
import { type ResponseOptions, prepareResponse } from "./create-response.js";
import { ResponseAccumulator } from "./response-accumulator.js";
import type { ResponseStreamEvent } from "./stream-events.js";
import { checkResponseObject, toResponseResult } from "./to-response-result.js";
import type { ResponseResult, ResponsesParams } from "./types.js";

/**
 * A streamed Responses answer. Single use: iterate the events, or `textStream`, or call `final()` — `final()` also
 * works after (or instead of) iterating. `break` or `abort()` closes the connection.
 */
export interface ResponseStream<T = unknown> extends AsyncIterable<ResponseStreamEvent> {
  /** The `response.output_text.delta` deltas; an answer with none ends with its text (the reasoning fallback). */
  readonly textStream: AsyncIterable<string>;
  /** The response headers. */
  readonly headers: Headers;
  /**
   * The whole answer, the same as `createResponse()` gives. After a `break`, what arrived until then.
   * @throws {@link StreamError} for an `error` event, `response.failed` or `response.incomplete` (code `"incomplete"`),
   * {@link TimeoutError} / {@link ConnectionError} / {@link AbortError}: each carrying `partial` (a ResponseResult).
   */
  final(): Promise<ResponseResult<T>>;
  /** Cancels the request; iteration and `final()` throw `AbortError` with what had arrived. */
  abort(reason?: unknown): void;
  /** The text (default) or the events as SSE, as a web `ReadableStream`: `new Response(stream.toReadableStream())`. */
  toReadableStream(options?: { format?: "text" | "sse" }): ReadableStream<Uint8Array>;
}

/**
 * Streams a response (`POST /responses` with `stream: true`). Resolves once the headers arrive (HTTP errors, after
 * retries, are thrown here); the events then arrive through the returned {@link ResponseStream}, typed and
 * discriminated on `type` (event types the SDK does not list pass through as they were sent). `timeout` covers the
 * wait for the first event, `idleTimeout` any silence after it, as for `stream()`.
 *
 * @throws {@link ValidationError} before sending, for bad input (as `createResponse()`).
 * @throws {@link APIError} (a per-status subclass), {ConnectionError}, {TimeoutError} or {AbortError} before the body starts.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { streamResponse } from "openrouter-fetch/responses";
 * const answer = await streamResponse(createClient(), { model: "openai/gpt-4o", input: "Write a haiku" });
 * for await (const event of answer) {
 *   if (event.type === "response.output_text.delta") process.stdout.write(event.delta);
 * }
 * const { usage, reasoning } = await answer.final();
 * console.log("\ncost:", usage?.cost, reasoning);
 * ```
 */
export function streamResponse<S extends StandardSchemaV1>(
  client: Client,
  params: ResponsesParams,
  options: ResponseOptions<S> & { schema: S },
): Promise<ResponseStream<InferSchemaOutput<S>>>;
export function streamResponse(client: Client, params: ResponsesParams, options?: ResponseOptions): Promise<ResponseStream>;
export async function streamResponse(client: Client, params: ResponsesParams, options?: ResponseOptions): Promise<ResponseStream> {
  const resolved = callOptions(client, options);
  const { body, schema } = prepareResponse(params, true, resolved.checkModelIds, options);
  const { response, control } = await openResponse(resolved, { method: "POST", path: "responses", body, auth: "required" });
  control.armIdle(resolved.idleTimeout);
  const accumulator = new ResponseAccumulator();
  const result = (): ResponseResult => {
    const raw = accumulator.toResponse();
    const whole = accumulator.terminal === "response.completed";
    try {
      return toResponseResult(whole ? checkResponseObject(raw) : raw, response.headers, body);
    } catch (error) {
      // A fragment is what it is (its JSON not yet complete, say): the whole answer's failures are thrown.
      if (whole || !(error instanceof ResponseValidationError)) throw error;
      const { text: _format, ...plain } = body;
      return toResponseResult(raw, response.headers, plain);
    }
  };
  return new TypedEventStream<ResponseStreamEvent, ResponseResult>({
    response,
    control,
    source: "responses",
    apiKey: resolved.apiKey,
    add: (event) => {
      accumulator.add(event);
      if (event.type === "error") return failureEvent("responses", response, resolved.apiKey, { error: { code: event.code, message: event.message, param: event.param } }, result());
      if (event.type === "response.failed") {
        const error = event.response?.error ?? { message: "The response failed." };
        return failureEvent("responses", response, resolved.apiKey, { ...event.response, error }, result(), "response.failed");
      }
      if (event.type === "response.incomplete") {
        const reason = event.response?.incomplete_details?.reason ?? "unknown";
        return failureEvent("responses", response, resolved.apiKey, { error: { code: 502, message: `The response is incomplete (${reason}).` }, incomplete_details: event.response?.incomplete_details }, result(), "incomplete");
      }
      return undefined;
    },
    complete: () => accumulator.terminal === "response.completed",
    textOf: (event) => (event.type === "response.output_text.delta" ? event.delta : undefined),
    result,
    parse: schema ? (whole) => withSchemaJson(whole, schema) : undefined,
    consumedMessage: "This response stream was already consumed: iterate it once (events or textStream); final() gives the whole answer.",
  });
}
