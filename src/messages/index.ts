/**
 * The Anthropic-compatible Messages API (`POST /messages`) for any OpenRouter model, with OpenRouter's `models`,
 * `provider` and `plugins` on the request, answered with `text`, `thinking`, `toolUses` and the assistant
 * `message` for the next turn.
 *
 * @module messages
 */
export { createMessage, type MessageOptions } from "./create-message.js";
export { streamMessage, type MessageStream } from "./stream-message.js";
export { isMessageStreamFailure, type MessageStreamFailure } from "./is-message-stream-failure.js";
export type {
  MessageStreamEvent, MessageStartEvent, ContentBlockStartEvent, ContentBlockDeltaEvent, ContentBlockStopEvent,
  MessageDeltaEvent, MessageStopEvent, MessagePingEvent, MessageErrorEvent,
} from "./stream-events.js";
export { type MessagesFacade, createMessagesFacade } from "./messages-facade.js";
export type {
  MessagesParams, MessageParam, MessageParamBlock, MessageTool, MessageContentBlock, MessageToolUse, MessageUsage,
  MessageStopReason, MessageObject, MessageResult,
} from "./types.js";
