/**
 * openrouter-fetch/messages (being built this session: exports land here).
 *
 * @module messages
 */
export {};
