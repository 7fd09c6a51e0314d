import { expect } from "vitest";
import { ConnectionError, StreamError } from "../../src/errors/index.js";
import type { Scenario } from "./fault-harness.js";
import { chunk, finish, partialText, result, sse, text } from "./fault-wire.js";

// What a stream can do after its HTTP 200: fail after thousands of chunks, send empty choices, end without [DONE],
// say [DONE] twice, keep talking after it, send a line that is not JSON.

export const streamScenarios: Scenario[] = [
  {
    name: "an error chunk after 10,000 good chunks",
    stream: {
      scripts: () => [
        {
          steps: [
            { raw: sse(Array.from({ length: 10_000 }, (_, i) => chunk({ content: `${i % 10}` }))) },
            {
              data: chunk(
                { content: "" },
                {
                  error: { code: 502, message: "Provider returned error", metadata: { raw: "upstream died", provider_name: "Lab" } },
                  choices: [{ index: 0, delta: { content: "" }, finish_reason: "error" }],
                },
              ),
            },
          ],
        },
      ],
      expect: StreamError,
      within: 5_000,
      check: (o) => {
        expect(o.seenChunks).toBe(10_000);
        expect(partialText(o)).toHaveLength(10_000);
        expect(partialText(o)).toBe(o.seenText);
        expect(o.error.status).toBe(502);
        expect(o.error.message).toContain("upstream died");
      },
    },
  },
  {
    name: "choices: [] chunks in the middle of a stream",
    stream: {
      scripts: [
        {
          steps: [
            ...text("a"),
            { data: { ...chunk({}), choices: [] } },
            ...text("b"),
            finish(),
            { data: { ...chunk({}), choices: [], usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 } } },
            { done: true },
          ],
        },
      ],
      expect: "ok",
      within: 1_000,
      check: (o) => {
        expect(result(o).text).toBe("ab");
        expect(result(o).usage?.total_tokens).toBe(5);
      },
    },
  },
  {
    name: "[DONE] missing after a finish reason",
    stream: { scripts: [{ steps: [...text("a", "b"), finish()] }], expect: "ok", within: 1_000, check: (o) => expect(result(o).text).toBe("ab") },
  },
  {
    name: "[DONE] missing and no finish reason (a cut stream)",
    stream: {
      scripts: [{ steps: text("a", "b") }],
      expect: ConnectionError,
      within: 1_000,
      check: (o) => expect(partialText(o)).toBe("ab"),
    },
  },
  {
    name: "duplicate [DONE]",
    stream: { scripts: [{ steps: [...text("a"), finish(), { done: true }, { done: true }] }], expect: "ok", within: 1_000, check: (o) => expect(result(o).text).toBe("a") },
  },
  {
    name: "[DONE], then more data and silence (the client must hang up)",
    stream: {
      scripts: [{ steps: [...text("a"), finish(), { done: true }, ...text("ignored"), { stall: true }] }],
      expect: "ok",
      within: 1_000,
      check: (o) => expect(result(o).text).toBe("a"),
    },
  },
  {
    name: "a data line that is not JSON",
    stream: {
      scripts: [{ steps: [...text("ok"), { raw: "data: {not json}\n\n" }, { stall: true }] }],
      expect: StreamError,
      within: 1_000,
      check: (o) => expect(partialText(o)).toBe("ok"),
    },
  },
];
