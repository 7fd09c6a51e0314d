import type { ChatResult } from "../types/chat-result.js";
import type { PostProcessor } from "../types/post-processor.js";

/**
 * Reasoning fallback: when a model answers with empty (or null) content and puts its words in `reasoning`
 * (Kimi K2.5 does this, and any reasoning model that spent `max_tokens` thinking), `text` becomes the reasoning.
 * `raw` and `message` stay as received.
 *
 * @example
 * ```ts
 * import { defaultPostProcessors, reasoningFallback } from "openrouter-fetch/postprocess";
 * const withoutFallback = defaultPostProcessors.filter((p) => p !== reasoningFallback);
 * ```
 */
export const reasoningFallback: PostProcessor = /*@__PURE__*/ Object.assign(
  (result: ChatResult): ChatResult =>
    result.text.trim() === "" && result.reasoning !== undefined && result.reasoning.trim() !== "" && result.toolCalls.length === 0
      ? { ...result, text: result.reasoning }
      : result,
  { processorName: "reasoningFallback" },
);
