import * as z from "zod/mini";
// For the {@link} tags below.
import type { Architecture, Model, ModelBenchmarks, ModelEndpoint, ModelReasoning, Pricing, TopProvider } from "./types.js";

// Lenient schemas of the catalog's wire shapes, for users who want to validate a whole response themselves (the
// SDK's own hot path checks only the fields it depends on; see check-model.ts). Unknown keys are kept
// (looseObject), everything the SDK does not need is optional and nullable, and enums are plain strings so a new
// value never fails. exactOptional keeps the inferred types assignable to the hand-written ones in types.ts.

const text = /*@__PURE__*/ z.string();
const num = /*@__PURE__*/ z.number();
const bool = /*@__PURE__*/ z.boolean();
const optionalText = /*@__PURE__*/ z.exactOptional(z.nullable(text));
const optionalNumber = /*@__PURE__*/ z.exactOptional(z.nullable(num));
const optionalBoolean = /*@__PURE__*/ z.exactOptional(z.nullable(bool));
const optionalTexts = /*@__PURE__*/ z.exactOptional(z.nullable(z.array(text)));

/** A price: a decimal string in USD per token; a number is accepted and turned into a string. */
export const priceSchema = /*@__PURE__*/ z.pipe(
  z.union([text, num]),
  z.transform((value: string | number) => String(value)),
);

const optionalPrice = /*@__PURE__*/ z.exactOptional(z.nullable(priceSchema));

/**
 * Schema of one time-of-day price override.
 * @example
 * ```ts
 * import { priceOverrideSchema } from "openrouter-fetch/models";
 * priceOverrideSchema.parse({ utc_start: 1600, utc_end: 2400, prompt: "0.0000001" });
 * ```
 */
export const priceOverrideSchema = /*@__PURE__*/ z.looseObject({
  min_prompt_tokens: optionalNumber,
  utc_start: optionalNumber,
  utc_end: optionalNumber,
  prompt: optionalPrice,
  completion: optionalPrice,
  audio: optionalPrice,
  input_cache_read: optionalPrice,
  input_cache_write: optionalPrice,
  input_cache_write_1h: optionalPrice,
  input_audio_cache: optionalPrice,
});

/**
 * Schema of {@link Pricing}: `prompt` and `completion` are required, every other price optional.
 * @example
 * ```ts
 * import { pricingSchema } from "openrouter-fetch/models";
 * const pricing = pricingSchema.parse({ prompt: "0.0000001", completion: 0.0000004 });
 * console.log(pricing.completion); // "4e-7"
 * ```
 */
export const pricingSchema = /*@__PURE__*/ z.looseObject({
  prompt: priceSchema,
  completion: priceSchema,
  request: optionalPrice,
  image: optionalPrice,
  image_token: optionalPrice,
  image_output: optionalPrice,
  audio: optionalPrice,
  audio_output: optionalPrice,
  input_audio_cache: optionalPrice,
  web_search: optionalPrice,
  internal_reasoning: optionalPrice,
  input_cache_read: optionalPrice,
  input_cache_write: optionalPrice,
  input_cache_write_1h: optionalPrice,
  discount: optionalNumber,
  overrides: z.exactOptional(z.nullable(z.array(priceOverrideSchema))),
});

/**
 * Schema of {@link Architecture}.
 * @example
 * ```ts
 * import { architectureSchema } from "openrouter-fetch/models";
 * architectureSchema.parse({ input_modalities: ["text", "image"], output_modalities: ["text"] });
 * ```
 */
export const architectureSchema = /*@__PURE__*/ z.looseObject({
  modality: optionalText,
  input_modalities: z.array(text),
  output_modalities: z.array(text),
  tokenizer: optionalText,
  instruct_type: optionalText,
});

/**
 * Schema of {@link TopProvider}.
 * @example
 * ```ts
 * import { topProviderSchema } from "openrouter-fetch/models";
 * topProviderSchema.parse({ context_length: null, max_completion_tokens: null, is_moderated: false });
 * ```
 */
export const topProviderSchema = /*@__PURE__*/ z.looseObject({
  context_length: optionalNumber,
  max_completion_tokens: optionalNumber,
  is_moderated: optionalBoolean,
});

/**
 * Schema of {@link ModelReasoning}.
 * @example
 * ```ts
 * import { modelReasoningSchema } from "openrouter-fetch/models";
 * modelReasoningSchema.parse({ mandatory: true, supported_efforts: ["high", "low"] });
 * ```
 */
export const modelReasoningSchema = /*@__PURE__*/ z.looseObject({
  supported_efforts: optionalTexts,
  default_effort: optionalText,
  default_enabled: optionalBoolean,
  supports_max_tokens: optionalBoolean,
  mandatory: optionalBoolean,
});

const designArenaSchema = /*@__PURE__*/ z.looseObject({
  arena: text,
  category: text,
  elo: num,
  win_rate: num,
  rank: num,
});

/**
 * Schema of {@link ModelBenchmarks}.
 * @example
 * ```ts
 * import { modelBenchmarksSchema } from "openrouter-fetch/models";
 * modelBenchmarksSchema.parse({ artificial_analysis: { coding_index: 11.1 }, design_arena: [] });
 * ```
 */
export const modelBenchmarksSchema = /*@__PURE__*/ z.looseObject({
  artificial_analysis: z.exactOptional(
    z.nullable(
      z.looseObject({
        intelligence_index: optionalNumber,
        coding_index: optionalNumber,
        agentic_index: optionalNumber,
      }),
    ),
  ),
  design_arena: z.exactOptional(z.nullable(z.array(designArenaSchema))),
});

/**
 * Schema of a catalog {@link Model}: `id`, `name` and `pricing.prompt`/`pricing.completion` are required; every
 * other field may be missing or null; unknown fields are kept.
 *
 * @example
 * ```ts
 * import { modelSchema } from "openrouter-fetch/models";
 * const result = modelSchema.safeParse({ id: "x/y", name: "Y", pricing: { prompt: "0", completion: "0" } });
 * console.log(result.success); // true
 * ```
 */
export const modelSchema = /*@__PURE__*/ z.looseObject({
  id: text,
  canonical_slug: optionalText,
  name: text,
  created: optionalNumber,
  description: optionalText,
  hugging_face_id: optionalText,
  context_length: optionalNumber,
  architecture: z.exactOptional(z.nullable(architectureSchema)),
  pricing: pricingSchema,
  top_provider: z.exactOptional(z.nullable(topProviderSchema)),
  per_request_limits: z.exactOptional(
    z.nullable(z.looseObject({ prompt_tokens: optionalNumber, completion_tokens: optionalNumber })),
  ),
  supported_parameters: optionalTexts,
  default_parameters: z.exactOptional(z.nullable(z.record(text, z.nullable(num)))),
  supported_voices: optionalTexts,
  knowledge_cutoff: optionalText,
  expiration_date: optionalText,
  links: z.exactOptional(z.nullable(z.looseObject({ details: optionalText }))),
  reasoning: z.exactOptional(z.nullable(modelReasoningSchema)),
  alias_target: z.exactOptional(z.nullable(z.looseObject({ slug: text, name: optionalText }))),
  benchmarks: z.exactOptional(z.nullable(modelBenchmarksSchema)),
});

/**
 * Schema of the body of `GET /models`: `{ data: Model[], total_count?, links? }`.
 * @example
 * ```ts
 * import { modelsListResponseSchema } from "openrouter-fetch/models";
 * const body: unknown = { data: [] };
 * console.log(modelsListResponseSchema.parse(body).data.length); // 0
 * ```
 */
export const modelsListResponseSchema = /*@__PURE__*/ z.looseObject({
  data: z.array(modelSchema),
  total_count: optionalNumber,
  links: z.exactOptional(z.nullable(z.looseObject({ next: optionalText }))),
});

/**
 * Schema of the body of `GET /model/{author}/{slug}`: `{ data: Model }`.
 * @example
 * ```ts
 * import { modelResponseSchema } from "openrouter-fetch/models";
 * modelResponseSchema.safeParse({ data: { id: "x/y", name: "Y", pricing: { prompt: "0", completion: "0" } } });
 * ```
 */
export const modelResponseSchema = /*@__PURE__*/ z.looseObject({ data: modelSchema });

const percentilesSchema = /*@__PURE__*/ z.looseObject({
  p50: optionalNumber,
  p75: optionalNumber,
  p90: optionalNumber,
  p99: optionalNumber,
});

/**
 * Schema of one provider {@link ModelEndpoint}: `provider_name` and `pricing` are required.
 * @example
 * ```ts
 * import { modelEndpointSchema } from "openrouter-fetch/models";
 * modelEndpointSchema.parse({ provider_name: "DeepInfra", pricing: { prompt: "0", completion: "0" }, status: 0 });
 * ```
 */
export const modelEndpointSchema = /*@__PURE__*/ z.looseObject({
  provider_name: text,
  pricing: pricingSchema,
  name: optionalText,
  model_id: optionalText,
  model_name: optionalText,
  tag: optionalText,
  context_length: optionalNumber,
  max_completion_tokens: optionalNumber,
  max_prompt_tokens: optionalNumber,
  quantization: optionalText,
  status: optionalNumber,
  supported_parameters: optionalTexts,
  supports_implicit_caching: optionalBoolean,
  supports_voice_cloning: optionalBoolean,
  uptime_last_5m: optionalNumber,
  uptime_last_30m: optionalNumber,
  uptime_last_1d: optionalNumber,
  latency_last_30m: z.exactOptional(z.nullable(percentilesSchema)),
  throughput_last_30m: z.exactOptional(z.nullable(percentilesSchema)),
});

/**
 * Schema of the body of `GET /models/{author}/{slug}/endpoints`: `{ data: { id, name, …, endpoints } }`.
 * @example
 * ```ts
 * import { modelEndpointsResponseSchema } from "openrouter-fetch/models";
 * modelEndpointsResponseSchema.safeParse({ data: { id: "x/y", endpoints: [] } });
 * ```
 */
export const modelEndpointsResponseSchema = /*@__PURE__*/ z.looseObject({
  data: z.looseObject({
    id: optionalText,
    name: optionalText,
    created: optionalNumber,
    description: optionalText,
    architecture: z.exactOptional(z.nullable(architectureSchema)),
    endpoints: z.array(modelEndpointSchema),
  }),
});

/**
 * Schema of the body of `GET /models/count`: `{ data: { count } }`.
 * @example
 * ```ts
 * import { modelCountResponseSchema } from "openrouter-fetch/models";
 * console.log(modelCountResponseSchema.parse({ data: { count: 350 } }).data.count); // 350
 * ```
 */
export const modelCountResponseSchema = /*@__PURE__*/ z.looseObject({
  data: z.looseObject({ count: num }),
});
