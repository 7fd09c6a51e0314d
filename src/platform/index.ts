/**
 * openrouter-fetch/platform (being built this session: exports land here).
 *
 * @module platform
 */
export {};
