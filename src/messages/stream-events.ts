import type { MessageContentBlock, MessageObject, MessageStopReason, MessageUsage } from "./types.js";

// The events of a streamed Messages answer (Anthropic's, as the OpenAPI document's MessagesStreamEvents has them).

/** The message's envelope, with empty `content`. */
export interface MessageStartEvent {
  type: "message_start";
  message: MessageObject;
}
/** A content block starts (`text` empty, `tool_use` with `input: {}`). */
export interface ContentBlockStartEvent {
  type: "content_block_start";
  index: number;
  content_block: MessageContentBlock;
}
/** A piece of a content block. */
export interface ContentBlockDeltaEvent {
  type: "content_block_delta";
  index: number;
  delta:
    | { type: "text_delta"; text: string }
    | { type: "thinking_delta"; thinking: string }
    | { type: "signature_delta"; signature: string }
    | { type: "input_json_delta"; partial_json: string }
    | { type: "citations_delta"; citation: unknown }
    | { type: string; [key: string]: unknown };
}
/** A content block is complete. */
export interface ContentBlockStopEvent {
  type: "content_block_stop";
  index: number;
}
/** The stop reason and the final usage. */
export interface MessageDeltaEvent {
  type: "message_delta";
  delta: { stop_reason: MessageStopReason | null; stop_sequence?: string | null; [key: string]: unknown };
  usage?: Partial<MessageUsage>;
}
/** The terminal event. */
export interface MessageStopEvent {
  type: "message_stop";
}
/** Keeps the connection alive. */
export interface MessagePingEvent {
  type: "ping";
}
/** A failure mid-stream (`overloaded_error`, …). */
export interface MessageErrorEvent {
  type: "error";
  error: { type: string; message: string };
}

/** One event of a Messages stream, discriminated on `type`; types the SDK does not list pass through as sent. */
export type MessageStreamEvent =
  | MessageStartEvent
  | ContentBlockStartEvent
  | ContentBlockDeltaEvent
  | ContentBlockStopEvent
  | MessageDeltaEvent
  | MessageStopEvent
  | MessagePingEvent
  | MessageErrorEvent;
