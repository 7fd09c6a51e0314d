import { fixtureJSON } from "../helpers/fixtures.js";

/** The shared `/models` capture, fresh for each call (the SDK normalises prices in place). */
export function modelsList(): { data: any[]; total_count: number; links: { next: string | null } } {
  return fixtureJSON("models-list.json");
}

/** An image-only model, as `/models?output_modalities=image` lists them. */
export function imageModel(): any {
  return {
    id: "black-forest-labs/flux.2-pro",
    canonical_slug: "black-forest-labs/flux.2-pro",
    name: "Black Forest Labs: FLUX.2 Pro",
    created: 1763501233,
    description: "FLUX.2 [pro] is a text-to-image model.",
    context_length: 46864,
    architecture: { modality: "text+image->image", input_modalities: ["text", "image"], output_modalities: ["image"], tokenizer: "Other", instruct_type: null },
    pricing: { prompt: "0", completion: "0", image: "0.015", request: "0" },
    top_provider: { context_length: 46864, max_completion_tokens: null, is_moderated: false },
    per_request_limits: null,
    supported_parameters: ["seed"],
    default_parameters: null,
    links: { details: "/api/v1/models/black-forest-labs/flux.2-pro/endpoints" },
  };
}

/** A model with only the fields the SDK needs. */
export function bareModel(id = "acme/bare-1"): any {
  return { id, name: "Acme: Bare 1", pricing: { prompt: "0.000001", completion: "0.000002" } };
}

/**
 * A provider endpoints body shaped like `GET /models/{author}/{slug}/endpoints`
 * (https://openrouter.ai/docs/api/api-reference/endpoints/list-all-endpoints-for-a-model).
 */
export function endpointsBody(): any {
  return {
    data: {
      id: "meta-llama/llama-3.1-8b-instruct",
      name: "Meta: Llama 3.1 8B Instruct",
      created: 1721692800,
      description: "Meta's latest class of model (Llama 3.1).",
      architecture: { modality: "text->text", input_modalities: ["text"], output_modalities: ["text"], tokenizer: "Llama3", instruct_type: "llama3" },
      endpoints: [
        {
          name: "DeepInfra | meta-llama/llama-3.1-8b-instruct",
          model_id: "meta-llama/llama-3.1-8b-instruct",
          model_name: "Meta: Llama 3.1 8B Instruct",
          context_length: 131072,
          pricing: { prompt: "0.00000002", completion: "0.00000005", request: "0", image: "0", discount: 0 },
          provider_name: "DeepInfra",
          tag: "deepinfra/turbo",
          quantization: "fp8",
          max_completion_tokens: 16384,
          max_prompt_tokens: null,
          supported_parameters: ["max_tokens", "temperature", "tools", "tool_choice"],
          status: 0,
          uptime_last_30m: 99.82,
          uptime_last_5m: 100,
          uptime_last_1d: 99.5,
          supports_implicit_caching: false,
          latency_last_30m: { p50: 0.31, p75: 0.42, p90: 0.6, p99: 1.9 },
          throughput_last_30m: { p50: 150.2, p75: 120.1, p90: 90.4, p99: 40.3 },
        },
        {
          name: "Novita | meta-llama/llama-3.1-8b-instruct",
          context_length: 16384,
          pricing: { prompt: "0.00000002", completion: "0.00000005" },
          provider_name: "Novita",
          tag: "novita/bf16",
          quantization: null,
          max_completion_tokens: null,
          max_prompt_tokens: null,
          supported_parameters: ["max_tokens"],
          status: -2,
          uptime_last_30m: null,
          supports_implicit_caching: false,
          latency_last_30m: null,
          throughput_last_30m: null,
          brand_new_metric: { score: 7 },
        },
      ],
    },
  };
}
