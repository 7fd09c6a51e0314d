/**
 * openrouter-fetch/videos (being built this session: exports land here).
 *
 * @module videos
 */
export {};
