import type { AssistantMessage, ChatParams, ReasoningDetail, ToolCall } from "./request-types.js";
import type { ChatCompletion, FinishReason, Usage } from "./response-types.js";

export type * from "./request-types.js";
export type * from "./response-types.js";

/** An image the model produced, decoded. Decoding needs no Node `Buffer`. */
export interface DecodedImage {
  /** e.g. `image/png`. */
  mimeType: string;
  /** The base64 payload (no `data:` prefix). */
  base64: string;
  /** The decoded bytes. */
  bytes: Uint8Array;
  /** The full `data:` URL as received. */
  dataUrl: string;
}

/**
 * What `chat()` (and a stream's `final()`) returns: the answer in convenient form, with the wire response kept
 * untouched in `raw`.
 */
export interface ChatResult<T = unknown> {
  /** The answer's text. With the reasoning fallback, the reasoning when the content came back empty. */
  text: string;
  /** Plain reasoning text, when the model returned any. */
  reasoning: string | undefined;
  /** Every `reasoning_details` entry, unchanged and in order. */
  reasoningDetails: ReasoningDetail[];
  /** Images the model produced (Gemini image models), decoded. */
  images: DecodedImage[];
  /** Tool calls in wire shape; `arguments` that came back empty are `"{}"`. */
  toolCalls: ToolCall[];
  /** The parsed JSON answer, when JSON was asked for (`response_format`, or a schema). */
  json: T | undefined;
  finishReason: FinishReason;
  usage: Usage | undefined;
  /** The model that served (may differ from the one asked for). */
  model: string;
  /** The provider that served, e.g. `"OpenAI"`. */
  provider: string | undefined;
  /** The response `id`. */
  id: string;
  /** The generation id: `X-Generation-Id`, else the response id. Use it with `GET /generation`. */
  generationId: string | undefined;
  /** The assistant message ready to append to the history (`reasoning_details` and tool calls kept). */
  message: AssistantMessage;
  /** The response as received (for a stream, the accumulated equivalent). */
  raw: ChatCompletion;
}

/** What a post-processor sees besides the result. */
export interface PostProcessContext {
  /** The request as the caller gave it (before request-side steps rewrote it). */
  params: ChatParams;
  /** The model catalog, when the client has one. */
  catalog?: ModelLookup | undefined;
}

/** The part of a model catalog that chat features use: look a model up by id. */
export interface ModelLookup {
  /** The model with this id (a variant suffix may be ignored), or `undefined` when the catalog has none. */
  get(id: string): Promise<CatalogModel | undefined>;
}

/** The fields of a catalog model that chat features read. */
export interface CatalogModel {
  id: string;
  architecture?: { input_modalities?: string[]; output_modalities?: string[] } | null;
  supported_parameters?: string[] | null;
}

/**
 * A post-processor: a pure function from a result (plus the request) to a result. One may also carry a
 * request-side `prepare` step that checks or rewrites the request before it is sent (the modality guard does).
 */
export interface PostProcessor {
  (result: ChatResult, context: PostProcessContext): ChatResult;
  /** Runs before sending: return the request to send, or throw `ValidationError`. */
  prepare?: (params: ChatParams, context: PostProcessContext) => ChatParams | Promise<ChatParams>;
  /** A name for debugging and for finding it in a list. */
  processorName?: string;
}
