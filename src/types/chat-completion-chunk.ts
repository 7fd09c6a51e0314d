import type { FinishReason, Usage, WireError } from "./chat-completion.js";
import type { Annotation, ReasoningDetail, WireImage } from "./messages.js";

/** A streamed tool-call fragment: concatenate `function.arguments` by `index`. */
export interface ToolCallDelta {
  index: number;
  id?: string;
  type?: "function";
  function?: { name?: string; arguments?: string };
}

/** The delta of a streamed choice. */
export interface ChunkDelta {
  role?: "assistant";
  content?: string | null;
  reasoning?: string | null;
  reasoning_details?: ReasoningDetail[];
  tool_calls?: ToolCallDelta[];
  images?: WireImage[];
  annotations?: Annotation[];
  refusal?: string | null;
  audio?: { id?: string; data?: string; transcript?: string; expires_at?: number };
  [key: string]: unknown;
}

/** One choice of a streamed chunk. */
export interface ChunkChoice {
  index: number;
  delta: ChunkDelta;
  finish_reason: FinishReason;
  native_finish_reason?: string | null;
  logprobs?: unknown;
  error?: WireError;
}

/** One streamed event of `POST /chat/completions` with `stream: true`. `choices` may be empty (usage chunk). */
export interface ChatCompletionChunk {
  id: string;
  object: "chat.completion.chunk";
  created: number;
  model: string;
  provider?: string;
  system_fingerprint?: string | null;
  choices: ChunkChoice[];
  usage?: Usage;
  error?: WireError;
  [key: string]: unknown;
}
