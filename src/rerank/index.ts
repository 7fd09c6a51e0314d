/**
 * Rerank: documents ordered by relevance to a query, each with its index, score and document.
 *
 * @module rerank
 */
export { rerank } from "./rerank.js";
export type { RerankDocument, RerankParams, RerankResultItem, RankedDocument, RerankUsage, RerankResponse, RerankResult } from "./types.js";
export { createClient, type Client } from "../core/client.js";
export type { ClientOptions, RequestOptions } from "../core/options.js";
