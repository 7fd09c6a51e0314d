import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { submitGenerationFeedback } from "./submit-generation-feedback.js";
import type { GenerationFeedbackParams, GenerationFeedbackResult } from "./types.js";

/** `platform.generations` of the facade: feedback on a generation (management key). */
export interface GenerationsFacade {
  /** {@link submitGenerationFeedback} with this client. */
  submitFeedback(params: GenerationFeedbackParams, options?: RequestOptions): Promise<GenerationFeedbackResult>;
}

/**
 * The generation functions of the management side bound to `client`.
 * @internal
 */
export function createGenerationsFacade(client: Client): GenerationsFacade {
  return {
    submitFeedback: (params, options) => submitGenerationFeedback(client, params, options),
  };
}
