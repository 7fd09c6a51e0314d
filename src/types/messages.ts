import type { ContentPart, TextPart } from "./content-parts.js";

/** A reasoning entry; send these back unchanged on later turns (they carry signatures). */
export interface ReasoningDetail {
  type: "reasoning.text" | "reasoning.summary" | "reasoning.encrypted" | "reasoning.server_tool_call" | (string & {});
  text?: string | null;
  summary?: string;
  data?: string;
  signature?: string | null;
  id?: string | null;
  format?: string | null;
  index?: number;
  [key: string]: unknown;
}

/** A tool call as the assistant made it. `arguments` is a JSON string. */
export interface ToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
  index?: number;
}

/** An image the assistant produced, as on the wire. */
export interface WireImage {
  type?: "image_url";
  image_url: { url: string };
  index?: number;
}

/** A citation or file annotation. */
export interface Annotation {
  type: "url_citation" | "file" | "file_annotation" | (string & {});
  [key: string]: unknown;
}

/** A system instruction. */
export interface SystemMessage {
  role: "system";
  content: string | TextPart[];
  name?: string;
}
/** A developer instruction (OpenAI's newer name for system). */
export interface DeveloperMessage {
  role: "developer";
  content: string | TextPart[];
  name?: string;
}
/** What the user said: text or multimodal parts. */
export interface UserMessage {
  role: "user";
  content: string | ContentPart[];
  name?: string;
}
/** A previous assistant turn; keep `reasoning_details` unchanged when sending it back. */
export interface AssistantMessage {
  role: "assistant";
  content?: string | ContentPart[] | null;
  name?: string;
  tool_calls?: ToolCall[];
  refusal?: string | null;
  reasoning?: string | null;
  reasoning_details?: ReasoningDetail[];
  images?: WireImage[];
  annotations?: Annotation[];
  audio?: unknown;
}
/** The result of a tool call. */
export interface ToolMessage {
  role: "tool";
  tool_call_id: string;
  content: string | ContentPart[];
}

/**
 * One message of the conversation.
 * @example
 * ```ts
 * import type { ChatMessage } from "openrouter-fetch";
 * const history: ChatMessage[] = [{ role: "system", content: "Be brief." }, { role: "user", content: "Hi" }];
 * ```
 */
export type ChatMessage = SystemMessage | DeveloperMessage | UserMessage | AssistantMessage | ToolMessage;

/**
 * The same type as {@link ChatMessage}, under the name other SDKs use: one message of a chat conversation
 * (`system`, `developer`, `user`, `assistant` or `tool`). Not the `POST /messages` (Anthropic-shaped) request's
 * message, which is `MessageParam`.
 * @example
 * ```ts
 * import { chat, createClient, type Message } from "openrouter-fetch";
 * const messages: Message[] = [{ role: "user", content: "Hi" }];
 * const { text } = await chat(createClient(), { model: "openai/gpt-4o-mini", messages });
 * ```
 */
export type Message = ChatMessage;
