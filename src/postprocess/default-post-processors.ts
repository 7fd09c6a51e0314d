import type { ChatParams } from "../types/chat-params.js";
import type { ChatResult } from "../types/chat-result.js";
import type { PostProcessContext, PostProcessor } from "../types/post-processor.js";
import { decodeImages } from "./decode-images.js";
import { jsonExtraction } from "./extract-json.js";
import { modalityGuard } from "./modality-guard.js";
import { reasoningFallback } from "./reasoning-fallback.js";

/**
 * The post-processors every client runs unless told otherwise: reasoning fallback, image decoding, JSON
 * extraction, and the modality guard. Add your own with `[...defaultPostProcessors, mine]`; a list given as the
 * `postProcessors` option replaces this one.
 *
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { defaultPostProcessors, type PostProcessor } from "openrouter-fetch/postprocess";
 * const trim: PostProcessor = (result) => ({ ...result, text: result.text.trim() });
 * const client = createClient({ postProcessors: [...defaultPostProcessors, trim] });
 * ```
 */
export const defaultPostProcessors: readonly PostProcessor[] = /*@__PURE__*/ Object.freeze([reasoningFallback, decodeImages, jsonExtraction, modalityGuard]);

/**
 * Runs the request-side steps of a list, in order.
 * @internal
 */
export async function prepareRequest(processors: readonly PostProcessor[], params: ChatParams, context: PostProcessContext): Promise<ChatParams> {
  let next = params;
  for (const processor of processors) if (processor.prepare) next = await processor.prepare(next, context);
  return next;
}

/**
 * Runs a list of post-processors over a result, in order.
 * @internal
 */
export function postProcess(processors: readonly PostProcessor[], result: ChatResult, context: PostProcessContext): ChatResult {
  let next = result;
  for (const processor of processors) next = processor(next, context);
  return next;
}
