/**
 * openrouter-fetch/audio (being built this session: exports land here).
 *
 * @module audio
 */
export {};
