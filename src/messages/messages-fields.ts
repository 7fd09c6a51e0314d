import type { FieldsOf } from "../core/request-body.js";
import type { MessagesParams } from "./types.js";

/**
 * The wire fields of {@link MessagesParams}, for the run-time spelling check (`maxTokens` → max_tokens). Typed
 * against the interface: a field added there and not here fails to compile.
 * @internal
 */
export const messagesFields: FieldsOf<MessagesParams> = {
  model: true, models: true, messages: true, max_tokens: true, system: true, temperature: true, top_p: true, top_k: true,
  stop_sequences: true, tools: true, tool_choice: true, thinking: true, output_config: true, metadata: true, provider: true,
  plugins: true, route: true, session_id: true, trace: true, user: true, service_tier: true, stream: true,
  cache_control: true, context_management: true, fallbacks: true, speed: true, stop_server_tools_when: true,
};
