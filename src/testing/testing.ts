/**
 * A mock OpenRouter for testing apps built on this SDK: a `fetch` that speaks OpenRouter's wire format from
 * scripts (text, streams, reasoning, tool calls, images, JSON, errors, mid-stream errors, stalls, drops, delays),
 * records every request, and needs no server and no Node API. The Node-only parts (a real HTTP server, record and
 * replay) are in `openrouter-fetch/testing/node`.
 *
 * @module testing
 */
export {
  createMockOpenRouter,
  type MockMatch,
  type MockOpenRouter,
  type MockOpenRouterOptions,
  type RecordedMockRequest,
} from "./create-mock-openrouter.js";
export {
  replyChat,
  replyJSON,
  replyText,
  replyToolCalls,
  type ChatReply,
  type MockReply,
  type MockRequest,
  type MockToolCall,
  type ReplyOptions,
} from "./replies.js";
export { replyError, replyErrorBody, replyNetworkError, type ErrorReplyOptions } from "./error-replies.js";
export type { Script, Step } from "./wire.js";
