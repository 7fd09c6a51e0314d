/**
 * The model catalog: list, get, count and inspect models and their provider endpoints; filter a list and
 * estimate costs in memory; and a cached catalog the chat features can use.
 *
 * @module models
 */
export { listModels } from "./list-models.js";
export { getModel } from "./get-model.js";
export { listModelEndpoints } from "./list-model-endpoints.js";
export { countModels } from "./count-models.js";
export { findModels, type ModelFilter } from "./find-models.js";
export { estimateCost, type CostUsage } from "./estimate-cost.js";
export { pricePerMillion } from "./price-per-million.js";
export { createModelCatalog, DEFAULT_CATALOG_TTL, type ModelCatalog, type ModelCatalogOptions } from "./create-model-catalog.js";
export {
  priceSchema,
  priceOverrideSchema,
  pricingSchema,
  architectureSchema,
  topProviderSchema,
  modelReasoningSchema,
  modelBenchmarksSchema,
  modelSchema,
  modelsListResponseSchema,
  modelResponseSchema,
  modelEndpointSchema,
  modelEndpointsResponseSchema,
  modelCountResponseSchema,
} from "./schemas.js";
export type {
  InputModality,
  OutputModality,
  OpenEffort,
  PriceOverride,
  Pricing,
  Architecture,
  TopProvider,
  ModelReasoning,
  DesignArenaResult,
  ModelBenchmarks,
  Model,
  Percentiles,
  ModelEndpoint,
  ModelCategory,
  ModelSort,
  OneOrMany,
  ListModelsQuery,
  CountModelsQuery,
} from "./types.js";
export { createClient, type Client } from "../core/client.js";
export type { ClientOptions, RequestOptions } from "../core/options.js";
