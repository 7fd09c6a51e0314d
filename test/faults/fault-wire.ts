import type { Model } from "../../src/models/types.js";
import type { ChatResult } from "../../src/types/chat-result.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import type { Step } from "../server/openrouter-server.js";
import type { Outcome } from "./fault-harness.js";

// Wire payloads and outcome readers for the scenario tables.

export const chunk = (delta: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id: "gen-fault",
  object: "chat.completion.chunk",
  created: 1,
  model: "openai/gpt-4o",
  choices: [{ index: 0, delta, finish_reason: null }],
  ...extra,
});

/** Content chunks as `data:` steps. */
export const text = (...pieces: string[]): Step[] => pieces.map((content) => ({ data: chunk({ role: "assistant", content }) }));

export const finish = (reason = "stop"): Step => ({
  data: { id: "gen-fault", object: "chat.completion.chunk", created: 1, model: "openai/gpt-4o", choices: [{ index: 0, delta: {}, finish_reason: reason }] },
});

/** Events as one SSE text, for bodies too long to send step by step. */
export const sse = (events: unknown[]): string => events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join("");

/** A complete non-streamed completion whose answer is `content`. */
export const completion = (content: string) => ({
  id: "gen-fault",
  object: "chat.completion",
  created: 1,
  model: "openai/gpt-4o",
  choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content } }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});

/** A step repeated with a pause after each, `times` times ("forever" for a client with a deadline). */
export const every = (ms: number, step: Step, times = 500): Step[] => Array.from({ length: times }, () => [step, { wait: ms }] as Step[]).flat();

export const json = { "content-type": "application/json" };

export const result = (outcome: Outcome) => outcome.result as ChatResult;
export const models = (outcome: Outcome) => outcome.result as Model[];
export const partialText = (outcome: Outcome) => (outcome.error.partial as ChatResult).text;

export const html = (title: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1>cloudflare</body></html>`;
export const errorBody = (code: number, message: string, metadata?: Record<string, unknown>) => ({ error: { code, message, ...(metadata ? { metadata } : {}) } });
export const modelsList = () => fixtureJSON("models-list.json");

/** A JSON body (after `prefix`) with raw bytes where `@@` stands: invalid UTF-8 that JSON cannot express. */
export function withBytes(body: unknown, bytes: number[], prefix = ""): Uint8Array {
  const [before = "", after = ""] = (prefix + JSON.stringify(body)).split("@@");
  return Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]);
}
// 0xff and 0xfe never occur in UTF-8; 0xc3 starts a two-byte character that never gets its second byte.
export const badBytes = [0xff, 0xfe, 0xc3];
export const replaced = "\uFFFD\uFFFD\uFFFD";
