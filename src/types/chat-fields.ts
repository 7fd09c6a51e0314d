import type { ChatParams, ProviderPreferences } from "./chat-params.js";

// The wire fields of the chat params types, for the run-time spelling check (`maxTokens` → max_tokens). Typed
// against the interfaces: a field added to one and not here (or the reverse) fails to compile.

/** The fields of {@link ChatParams}. @internal */
export const chatFields: Readonly<Record<Exclude<keyof ChatParams, "extra">, true>> = {
  messages: true, prompt: true, model: true, models: true, max_tokens: true, max_completion_tokens: true, temperature: true,
  top_p: true, top_k: true, min_p: true, top_a: true, frequency_penalty: true, presence_penalty: true, repetition_penalty: true,
  seed: true, stop: true, logit_bias: true, logprobs: true, top_logprobs: true, response_format: true, tools: true,
  tool_choice: true, parallel_tool_calls: true, prediction: true, user: true, metadata: true, provider: true, plugins: true,
  reasoning: true, reasoning_effort: true, include_reasoning: true, verbosity: true, web_search_options: true, modalities: true,
  image_config: true, audio: true, cache_control: true, prompt_cache_key: true, prompt_cache_options: true,
  stop_server_tools_when: true, stream_options: true, session_id: true, service_tier: true, trace: true, preset: true,
  debug: true, route: true, stream: true,
};

/** The fields of {@link ProviderPreferences}. @internal */
export const providerFields: Readonly<Record<keyof ProviderPreferences, true>> = {
  order: true, only: true, ignore: true, allow_fallbacks: true, require_parameters: true, data_collection: true, zdr: true,
  enforce_distillable_text: true, quantizations: true, sort: true, preferred_min_throughput: true, preferred_max_latency: true,
  max_price: true,
};
