/**
 * openrouter-fetch/rerank (being built this session: exports land here).
 *
 * @module rerank
 */
export {};
