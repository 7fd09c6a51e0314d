import { createClient } from "../../src/core/client.js";
import type { ClientOptions } from "../../src/core/options.js";
import type { LocalOpenRouter, Script, Step } from "../server/openrouter-server.js";

// Steps for the local OpenRouter server that make up a chat stream, shared by the tests that read one.

/** A client of the local server that does not retry unless asked to. */
export const localClient = (server: LocalOpenRouter, options: ClientOptions = {}) =>
  createClient({ apiKey: "sk-or-v1-local", baseURL: server.baseURL, maxRetries: 0, ...options });

/** The smallest chat request. */
export const params = { model: "openai/gpt-4o", prompt: "x" };

/** One chunk of generation gen-s1 with this delta (and extra top-level fields). */
export const chunk = (delta: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  data: { id: "gen-s1", object: "chat.completion.chunk", created: 1, model: "openai/gpt-4o", choices: [{ index: 0, delta, finish_reason: null }], ...extra },
});

/** The chunk that carries the finish reason. */
export const finish = (reason = "stop") => ({ data: { id: "gen-s1", object: "chat.completion.chunk", created: 1, model: "openai/gpt-4o", choices: [{ index: 0, delta: {}, finish_reason: reason }] } });

/** One assistant content chunk per piece. */
export const text = (...pieces: string[]): Step[] => pieces.map((content) => chunk({ role: "assistant", content }));

/** Reads an iterable to its end; returns what it threw, or undefined. */
export async function drain(iterable: AsyncIterable<unknown>): Promise<unknown> {
  try {
    for await (const _ of iterable) void _;
    return undefined;
  } catch (error) {
    return error;
  }
}

/** The ways a body can be cut into socket writes: whole, line by line, and 1 to 7 bytes at a time. */
export function chunkings(text: string): [string, Script][] {
  const lines: Step[] = text.split(/(?<=\n)/).map((raw) => ({ raw }));
  return [
    ["whole", { steps: [{ raw: text }] }],
    ["line by line", { steps: lines }],
    ...[1, 2, 3, 4, 5, 6, 7].map((n): [string, Script] => [`${n} byte(s) at a time`, { steps: [{ raw: text }], chunkSize: n }]),
  ];
}
