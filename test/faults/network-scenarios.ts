import { expect } from "vitest";
import { AbortError, ConnectionError, ResponseValidationError, TimeoutError } from "../../src/errors/index.js";
import type { Scenario } from "./fault-harness.js";
import { refusedBaseURL } from "./fault-harness.js";
import { badBytes, chunk, completion, every, finish, json, models, modelsList, partialText, replaced, result, sse, text, withBytes } from "./fault-wire.js";

// What the network can do: refuse, reset, go silent, trickle keep-alives forever, send too much, cut a body short,
// corrupt bytes; and what the caller can do: give up.

const MB = 1024 * 1024;

export const networkScenarios: Scenario[] = [
  {
    name: "connection refused (after retrying)",
    chat: { baseURL: refusedBaseURL, options: { maxRetries: 1 }, expect: ConnectionError, within: 2_000, requests: 0, check: (o) => expect(o.error.message).toMatch(/ECONNREFUSED/) },
    stream: { baseURL: refusedBaseURL, options: { maxRetries: 1 }, expect: ConnectionError, within: 2_000, requests: 0 },
    models: { baseURL: refusedBaseURL, options: { maxRetries: 1 }, expect: ConnectionError, within: 2_000, requests: 0 },
  },
  {
    name: "reset before headers, every attempt",
    chat: { scripts: [{ reset: true }, { reset: true }], options: { maxRetries: 1 }, expect: ConnectionError, within: 2_000, requests: 2 },
    stream: { scripts: [{ reset: true }, { reset: true }], options: { maxRetries: 1 }, expect: ConnectionError, within: 2_000, requests: 2 },
    models: { scripts: [{ reset: true }, { reset: true }], options: { maxRetries: 1 }, expect: ConnectionError, within: 2_000, requests: 2 },
  },
  {
    name: "reset before headers once, then an answer",
    chat: { scripts: [{ reset: true }], options: { maxRetries: 1 }, expect: "ok", within: 2_000, requests: 2 },
    stream: { scripts: [{ reset: true }], options: { maxRetries: 1 }, expect: "ok", within: 2_000, requests: 2, check: (o) => expect(result(o).finishReason).toBe("stop") },
    models: { scripts: [{ reset: true }], options: { maxRetries: 1 }, expect: "ok", within: 2_000, requests: 2, check: (o) => expect(models(o)).toHaveLength(3) },
  },
  {
    name: "reset mid-body (never retried: the answer may be billed)",
    chat: {
      scripts: [{ headers: json, steps: [{ raw: '{"id":"gen-fault","choices":[{"index":0,' }, { wait: 20 }, { drop: true }] }],
      options: { maxRetries: 2 },
      expect: ConnectionError,
      within: 1_500,
      requests: 1,
    },
    stream: {
      scripts: [{ steps: [...text("one ", "two"), { wait: 20 }, { drop: true }] }],
      options: { maxRetries: 2 },
      expect: ConnectionError,
      within: 1_500,
      requests: 1,
      check: (o) => {
        expect(partialText(o)).toBe("one two");
        expect(o.seenText).toBe("one two");
      },
    },
    models: {
      scripts: [{ headers: json, steps: [{ raw: '{"data":[{"id":"openai/gpt-4.1-nano",' }, { wait: 20 }, { drop: true }] }],
      options: { maxRetries: 2 },
      expect: ConnectionError,
      within: 1_500,
      requests: 1,
    },
  },
  {
    name: "headers, then silence",
    chat: {
      scripts: [{ headers: json, steps: [{ stall: true }] }],
      options: { timeout: 300 },
      expect: TimeoutError,
      within: 1_500,
      check: (o) => expect(o.error.phase).toBe("response"),
    },
    stream: {
      scripts: [{ steps: [{ stall: true }] }],
      options: { timeout: 300 },
      expect: TimeoutError,
      within: 1_500,
      check: (o) => {
        expect(o.error.phase).toBe("first-event");
        expect(partialText(o)).toBe("");
      },
    },
    models: { scripts: [{ headers: json, steps: [{ stall: true }] }], options: { timeout: 300 }, expect: TimeoutError, within: 1_500 },
  },
  {
    name: "text, then silence",
    stream: {
      scripts: [{ steps: [...text("Hel", "lo"), { stall: true }] }],
      options: { idleTimeout: 200 },
      expect: TimeoutError,
      within: 1_500,
      check: (o) => {
        expect(o.error.phase).toBe("idle");
        expect(partialText(o)).toBe("Hello");
      },
    },
  },
  {
    name: "keep-alive forever, no data",
    // Comments hold a stream open against idleTimeout, but without a data event within timeout it fails.
    chat: {
      scripts: [{ headers: json, steps: every(40, { raw: "\n" }) }],
      options: { timeout: 400 },
      expect: TimeoutError,
      within: 1_500,
      check: (o) => expect(o.error.phase).toBe("response"),
    },
    stream: {
      scripts: [{ steps: every(40, { comment: "OPENROUTER PROCESSING" }) }],
      options: { timeout: 400, idleTimeout: 200 },
      expect: TimeoutError,
      within: 1_500,
      check: (o) => {
        expect(o.error.phase).toBe("first-event");
        expect(o.ms).toBeGreaterThanOrEqual(350);
      },
    },
    models: { scripts: [{ headers: json, steps: every(40, { raw: "\n" }) }], options: { timeout: 400 }, expect: TimeoutError, within: 1_500 },
  },
  {
    name: "keep-alive comments longer than idleTimeout, then data",
    stream: {
      scripts: [{ steps: [...every(50, { comment: "OPENROUTER PROCESSING" }, 8), ...text("late"), finish(), { done: true }] }],
      options: { idleTimeout: 150 },
      expect: "ok",
      within: 2_000,
      check: (o) => expect(result(o).text).toBe("late"),
    },
  },
  {
    name: "a 50 MB body",
    chat: {
      scripts: () => [{ body: completion("x".repeat(50 * MB)) }],
      expect: "ok",
      within: 10_000,
      check: (o) => expect(result(o).text.length).toBe(50 * MB),
    },
    stream: {
      // 51,200 events of 1 KiB of text each.
      scripts: () => [{ steps: [{ raw: sse(Array.from({ length: 50 * 1024 }, () => chunk({ content: "y".repeat(1024) }))) }, finish(), { done: true }] }],
      expect: "ok",
      within: 15_000,
      check: (o) => {
        expect(result(o).text.length).toBe(50 * MB);
        expect(o.seenChunks).toBe(50 * 1024 + 1);
      },
    },
    models: {
      scripts: () => {
        const list = modelsList();
        const template = list.data[0];
        list.data = Array.from({ length: 500 }, (_, i) => ({ ...template, id: `lab/model-${i}`, description: "z".repeat(100 * 1024) }));
        return [{ body: list }];
      },
      expect: "ok",
      within: 10_000,
      check: (o) => expect(models(o)).toHaveLength(500),
    },
  },
  {
    name: "truncated JSON",
    chat: {
      scripts: [{ headers: json, body: '{"id":"gen-fault","choices":[' }],
      expect: ResponseValidationError,
      within: 1_000,
      check: (o) => expect(o.error.text).toBe('{"id":"gen-fault","choices":['),
    },
    stream: {
      scripts: [{ steps: [...text("kept"), { raw: 'data: {"id":"gen-fault","choi' }] }],
      expect: ConnectionError,
      within: 1_000,
      check: (o) => {
        expect(o.error.message).toMatch(/cut off in the middle of an event/);
        expect(partialText(o)).toBe("kept");
      },
    },
    models: { scripts: [{ headers: json, body: '{"data":[{"id":' }], expect: ResponseValidationError, within: 1_000 },
  },
  {
    name: "invalid UTF-8 (decoded to U+FFFD, the text around it kept)",
    chat: {
      scripts: () => [{ headers: json, body: withBytes(completion("caf@@ ok"), badBytes) }],
      expect: "ok",
      within: 1_000,
      check: (o) => expect(result(o).text).toBe(`caf${replaced} ok`),
    },
    stream: {
      scripts: () => [
        {
          steps: [
            ...text("good "),
            { bytes: Uint8Array.from([0xff, 0xfe, 0x0a, 0x0a]) }, // a line of garbage between events
            { bytes: withBytes(chunk({ content: "caf@@ ok" }), badBytes, "data: ") },
            { raw: "\n\n" },
            ...text(" end"),
            finish(),
            { done: true },
          ],
          chunkSize: 7,
        },
      ],
      expect: "ok",
      within: 1_000,
      check: (o) => expect(result(o).text).toBe(`good caf${replaced} ok end`),
    },
    models: {
      scripts: () => {
        const list = modelsList();
        list.data[0].name = "Nano @@ model";
        return [{ headers: json, body: withBytes(list, badBytes) }];
      },
      expect: "ok",
      within: 1_000,
      check: (o) => expect(models(o)[0]?.name).toBe(`Nano ${replaced} model`),
    },
  },
  {
    name: "the caller aborts",
    chat: { scripts: [{ headerDelay: 5_000, body: {} }], abortAfter: 100, expect: AbortError, within: 1_000 },
    stream: {
      scripts: [{ steps: [...text("some"), { stall: true }] }],
      abortAfter: 150,
      expect: AbortError,
      within: 1_000,
      check: (o) => expect(partialText(o)).toBe("some"),
    },
    models: { scripts: [{ headerDelay: 5_000, body: {} }], abortAfter: 100, expect: AbortError, within: 1_000 },
  },
];
