/** What the feedback is about. */
export type GenerationFeedbackCategory = "latency" | "incoherence" | "incorrect_response" | "formatting" | "billing" | "api_error" | "other";

/** Body of `POST /generation/feedback`. */
export interface GenerationFeedbackParams {
  /** The generation the feedback is on (a chat result's `generationId`). */
  generation_id: string;
  category: GenerationFeedbackCategory;
  /** Free text, at most 1000 characters. */
  comment?: string | undefined;
}

/** The answer of `POST /generation/feedback`: `{ success: true }` once the feedback is recorded. */
export interface GenerationFeedbackResult {
  success: true;
  [key: string]: unknown;
}
