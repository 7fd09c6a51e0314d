import type { ChatCompletion, FinishReason, Usage } from "./chat-completion.js";
import type { Annotation, AssistantMessage, ReasoningDetail, ToolCall } from "./messages.js";

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
  /**
   * The message's `annotations` as sent: `url_citation`s (web search citations) and `file` annotations (a parsed
   * PDF: keep them in the history, in {@link message}, so the file is not parsed and billed again next turn).
   */
  annotations: Annotation[];
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
  /**
   * The assistant message ready to append to the history: the wire's message with everything it carried
   * (`reasoning_details`, tool calls with unique ids, `annotations`, `images`, `audio`, `refusal`, unknown fields),
   * minus fields that came back `null`.
   */
  message: AssistantMessage;
  /** The response as received (for a stream, the accumulated equivalent). */
  raw: ChatCompletion;
}
