import type { FieldsOf } from "../core/request-body.js";
import type { ResponsesParams } from "./types.js";

/**
 * The wire fields of {@link ResponsesParams}, for the run-time spelling check (`maxOutputTokens` →
 * max_output_tokens). Typed against the interface: a field added there and not here fails to compile.
 * @internal
 */
export const responsesFields: FieldsOf<ResponsesParams> = {
  model: true, models: true, input: true, instructions: true, previous_response_id: true, tools: true, tool_choice: true,
  parallel_tool_calls: true, max_tool_calls: true, max_output_tokens: true, temperature: true, top_p: true, top_k: true,
  top_logprobs: true, frequency_penalty: true, presence_penalty: true, reasoning: true, text: true, include: true,
  modalities: true, image_config: true, metadata: true, provider: true, plugins: true, route: true, session_id: true,
  trace: true, user: true, safety_identifier: true, service_tier: true, truncation: true, prompt_cache_key: true,
  background: true, store: true, stream: true, prompt: true, cache_control: true, prompt_cache_options: true,
  stop_server_tools_when: true, debug: true,
};
