import type { CallControl } from "../core/call-control.js";
import { createAPIError, describeText, redact, statusOfErrorBody } from "../errors/create-api-error.js";
import { ConnectionError } from "../errors/connection-error.js";
import { StreamError } from "../errors/stream-error.js";
import type { ChatCompletionChunk } from "../types/chat-completion-chunk.js";
import type { ChatResult } from "../types/chat-result.js";
import type { ChunkAccumulator } from "./chunk-accumulator.js";
import { EventReader } from "./event-reader.js";

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
 * Reads an OpenRouter chat event stream into typed chunks, accumulating each one as it arrives (an
 * {@link EventReader} reads the body in the background, so `partial` always holds everything received). Comments
 * (`: OPENROUTER PROCESSING`) keep the idle timer alive and are otherwise skipped; `[DONE]` ends the stream; an
 * error event, a line that is not JSON, a dropped connection and a body that ends with neither `[DONE]` nor a finish
 * reason each throw an error carrying `partial`, after the chunks that preceded it.
 * @internal
 */
export function createChunkReader(source: ChunkSource): EventReader<ChatCompletionChunk> {
  return new EventReader<ChatCompletionChunk>({
    response: source.response,
    control: source.control,
    source: "chat",
    partial: source.partial,
    parse: (data, _event, ended) => {
      if (data === "[DONE]") return null;
      let chunk: ChatCompletionChunk | undefined;
      try {
        chunk = JSON.parse(data) as ChatCompletionChunk;
      } catch {
        if (ended) throw new ConnectionError("The stream was cut off in the middle of an event.", { partial: source.partial() });
      }
      if (typeof chunk !== "object" || chunk === null) {
        throw streamError(source, { message: `The stream sent a data line that is not a JSON chunk: ${describeText(`data: ${data}`)}.` });
      }
      if (source.accumulator.add(chunk)) throw errorEvent(source, chunk);
      return chunk;
    },
    end: (sawDone) => {
      if (!sawDone && source.accumulator.finishReason === null) {
        throw new ConnectionError("The stream ended without [DONE] or a finish reason: the connection was cut.", { partial: source.partial() });
      }
    },
  });
}

/** The `X-Generation-Id` header, or the id the chunks carry. @internal */
export function generationIdOf(headers: Headers, accumulator: ChunkAccumulator): string | undefined {
  return headers.get("x-generation-id") ?? (accumulator.id || undefined);
}

function streamError(source: ChunkSource, fields: { message: string; status?: number; code?: number | string | undefined; metadata?: Record<string, unknown> | undefined; body?: unknown }): StreamError {
  return new StreamError({
    status: source.response.status,
    headers: source.response.headers,
    generationId: generationIdOf(source.response.headers, source.accumulator),
    partial: source.partial(),
    ...fields,
    // A quoted line is the server's text: a proxy may echo the key in it.
    message: redact(fields.message, source.apiKey),
  });
}

function errorEvent(source: ChunkSource, chunk: ChatCompletionChunk): StreamError {
  const error = chunk.error ?? source.accumulator.error ?? { message: 'The provider failed mid-stream (finish_reason "error").' };
  const body = { ...chunk, error };
  const base = createAPIError({ status: statusOfErrorBody(body), body, headers: source.response.headers, apiKey: source.apiKey });
  return streamError(source, { status: base.status, code: base.code, message: base.message, metadata: base.metadata, body: base.body });
}
