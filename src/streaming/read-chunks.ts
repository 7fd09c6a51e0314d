import { createParser } from "eventsource-parser";
import type { ChatCompletionChunk, ChatResult } from "../chat/types.js";
import type { CallControl } from "../core/call-control.js";
import { createAPIError, statusOfErrorBody } from "../errors/create-api-error.js";
import { ConnectionError } from "../errors/connection-error.js";
import { StreamError } from "../errors/stream-error.js";
import type { ChunkAccumulator } from "./chunk-accumulator.js";

// Large enough for an image delta (a 4K PNG is tens of MB of base64), small enough to stop a runaway line.
const maxEventSize = 128 * 1024 * 1024;

/** What the reader needs from the stream that owns it. @internal */
export interface ChunkSource {
  response: Response;
  control: CallControl;
  accumulator: ChunkAccumulator;
  /** The result accumulated so far, for errors to carry. */
  partial: () => ChatResult;
  apiKey?: string | undefined;
}

/**
 * Reads an OpenRouter event stream into typed chunks, accumulating each one. Comments (`: OPENROUTER PROCESSING`)
 * keep the idle timer alive and are otherwise skipped; `[DONE]` ends the stream; an error event, a line that is
 * not JSON, a dropped connection and a body that ends with neither `[DONE]` nor a finish reason each throw an
 * error carrying `partial`. Reads the body directly (no extra stream stages) because this is the per-token hot path.
 * @internal
 */
export async function* readChunks(source: ChunkSource): AsyncGenerator<ChatCompletionChunk, void, undefined> {
  const { response, control, accumulator } = source;
  const body = response.body;
  if (!body) throw new ConnectionError("The stream's response has no body.", { partial: source.partial() });
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const pending: string[] = [];
  let parseFailure: string | undefined;
  const parser = createParser({
    onEvent: (event) => void pending.push(event.data),
    onError: (error) => {
      if (error.type === "max-buffer-size-exceeded") parseFailure = "an event larger than 128 MiB";
    },
    maxBufferSize: maxEventSize,
  });
  let done = false;
  let ended = false;
  let sawData = false;
  try {
    while (!done) {
      let read: ReadableStreamReadResult<Uint8Array>;
      try {
        read = await reader.read();
      } catch (error) {
        throw control.failure(error, source.partial(), "The connection dropped mid-stream");
      }
      if (read.done) {
        ended = true;
        // A last event without its blank line still counts; a truncated one fails to parse below.
        parser.feed(`${decoder.decode()}\n\n`);
      } else {
        control.touch();
        parser.feed(decoder.decode(read.value, { stream: true }));
      }
      if (parseFailure !== undefined) throw streamError(source, `The stream sent ${parseFailure}.`);
      for (let i = 0; i < pending.length; i++) {
        const data = pending[i] as string;
        if (data === "[DONE]") {
          done = true;
          break;
        }
        let chunk: ChatCompletionChunk;
        try {
          chunk = JSON.parse(data) as ChatCompletionChunk;
        } catch {
          if (ended) throw new ConnectionError("The stream was cut off in the middle of an event.", { partial: source.partial() });
          throw streamError(source, `The stream sent a data line that is not JSON: "data: ${data.length > 200 ? `${data.slice(0, 200)}…` : data}".`);
        }
        if (typeof chunk !== "object" || chunk === null) {
          throw streamError(source, `The stream sent a data line that is not a chunk object: "data: ${data.slice(0, 200)}".`);
        }
        if (!sawData) {
          sawData = true;
          control.clearDeadline();
        }
        accumulator.add(chunk);
        const failed = chunk.error ?? chunk.choices?.find((c) => c?.finish_reason === "error")?.error;
        if (failed || chunk.choices?.some((c) => c?.finish_reason === "error")) throw errorEvent(source, chunk, failed);
        yield chunk;
      }
      pending.length = 0;
      if (ended) break;
    }
    if (!done && accumulator.finishReason === null) {
      throw new ConnectionError("The stream ended without [DONE] or a finish reason: the connection was cut.", { partial: source.partial() });
    }
  } finally {
    // After [DONE], an error, or a consumer's `break`, release the connection instead of reading on.
    if (!ended) void reader.cancel().catch(() => undefined);
  }
}

function streamError(source: ChunkSource, message: string): StreamError {
  return new StreamError({
    status: source.response.status,
    message,
    headers: source.response.headers,
    generationId: source.response.headers.get("x-generation-id") ?? (source.accumulator.id || undefined),
    partial: source.partial(),
  });
}

function errorEvent(source: ChunkSource, chunk: ChatCompletionChunk, error: ChatCompletionChunk["error"]): StreamError {
  const body = { ...chunk, error: error ?? { message: "The provider failed mid-stream (finish_reason \"error\")." } };
  const base = createAPIError({ status: statusOfErrorBody(body), body, headers: source.response.headers, apiKey: source.apiKey });
  return new StreamError({
    status: base.status,
    code: base.code,
    message: base.message,
    metadata: base.metadata,
    headers: source.response.headers,
    generationId: source.response.headers.get("x-generation-id") ?? (source.accumulator.id || undefined),
    body,
    partial: source.partial(),
  });
}
