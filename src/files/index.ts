/**
 * openrouter-fetch/files (being built this session: exports land here).
 *
 * @module files
 */
export {};
