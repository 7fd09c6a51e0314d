/**
 * The Responses API (`POST /responses`): OpenAI's Responses shape with OpenRouter's extensions (`models`,
 * `provider`, `plugins`, `route`, `session_id`, `trace`), answered with `text`, `reasoning`, `toolCalls`, `images`
 * and `output` items ready for the next turn.
 *
 * @module responses
 */
export { createResponse, type ResponseOptions } from "./create-response.js";
export { streamResponse, type ResponseStream } from "./stream-response.js";
export { isResponseStreamFailure, type ResponseStreamFailure } from "./is-response-stream-failure.js";
export type {
  ResponseStreamEvent, ResponseLifecycleEvent, ResponseOutputItemEvent, ResponseContentPartEvent, ResponseTextDeltaEvent,
  ResponseTextDoneEvent, ResponseAnnotationEvent, ResponseRefusalEvent, ResponseFunctionCallArgumentsEvent,
  ResponseReasoningSummaryPartEvent, ResponseReasoningSummaryTextEvent, ResponseReasoningTextEvent,
  ResponseImageGenerationEvent, ResponseErrorEvent, OtherResponseEvent,
} from "./stream-events.js";
export { type ResponsesFacade, createResponsesFacade } from "./responses-facade.js";
export type {
  ResponsesParams, ResponseInputItem, ResponseInputMessage, ResponseInputContent, FunctionCallOutputItem,
  ResponseFunctionTool, ResponseServerTool, ResponseTextFormat, ResponseAnnotation, ResponseOutputContent,
  ResponseOutputMessage, ResponseFunctionCall, ResponseReasoningItem, ResponseImageGenerationCall, ResponseOutputItem,
  ResponseUsage, ResponseObject, ResponseToolCall, ResponseResult, StoredPromptTemplate,
} from "./types.js";
