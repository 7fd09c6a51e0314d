/**
 * openrouter-fetch/responses (being built this session: exports land here).
 *
 * @module responses
 */
export {};
