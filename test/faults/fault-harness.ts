import { createServer } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { chat } from "../../src/chat/chat.js";
import { stream } from "../../src/chat/stream.js";
import { createClient } from "../../src/core/client.js";
import type { ClientOptions } from "../../src/core/options.js";
import { listModels } from "../../src/models/list-models.js";
import type { ChatResult } from "../../src/types/chat-result.js";
import { TEST_KEY } from "../helpers/nock.js";
import { type LocalOpenRouter, type Script, startLocalOpenRouter } from "../server/openrouter-server.js";

/** The three ways a call can meet a fault: a whole answer, a stream, the catalog. */
export type Target = "chat" | "stream" | "models";

/** What a call ended with, and what it took. */
export interface Outcome {
  target: Target;
  /** `chat()`'s result, `final()`'s, or the model list. */
  result: unknown;
  error: any;
  /** Wall time from the call to its end, in ms. */
  ms: number;
  /** Requests the server saw for this call. */
  requests: number;
  /** Streams: the text the consumer saw, chunk by chunk, before the end or the error. */
  seenText: string;
  /** Streams: chunks the consumer saw. */
  seenChunks: number;
}

/** How one target meets one fault. */
export interface Case {
  /**
   * Answers for the server to give, in order; when they run out the fixtures answer (a good response). A function
   * is called when the case runs (for dates relative to now).
   */
  scripts?: Script[] | (() => Script[]);
  options?: ClientOptions;
  /** Where to send the request instead of the server (a refused port). */
  baseURL?: () => Promise<string>;
  /** An error class, or `"ok"` for a correct result. */
  expect: (abstract new (...args: any[]) => Error) | "ok";
  /** The wall time bound, in ms. */
  within: number;
  /** Requests the server must see (retries included). */
  requests?: number;
  /** Further checks on the outcome. */
  check?: (outcome: Outcome) => void;
  /** Cancel the call after this many ms, with the caller's signal. */
  abortAfter?: number;
}

/** One fault, met by one or more targets. */
export interface Scenario {
  name: string;
  chat?: Case;
  stream?: Case;
  models?: Case;
}

const tally = { run: 0, passed: 0, leaked: 0 };
const unexpected: string[] = [];
let server: LocalOpenRouter;

/** The local OpenRouter the scenarios run against. */
export function faultServer(): LocalOpenRouter {
  return server;
}

/**
 * Starts the server, watches the process for unhandled rejections and warnings, and prints the summary line
 * ("N scenarios, P passed, L sockets leaked") when the file is done.
 */
export function useFaultServer(): void {
  const onRejection = (reason: unknown) => void unexpected.push(`unhandledRejection: ${String((reason as Error)?.stack ?? reason)}`);
  const onWarning = (warning: Error) => void unexpected.push(`warning: ${warning.name}: ${warning.message}`);
  beforeAll(async () => {
    server = await startLocalOpenRouter();
    process.on("unhandledRejection", onRejection);
    process.on("warning", onWarning);
  });
  afterAll(async () => {
    process.off("unhandledRejection", onRejection);
    process.off("warning", onWarning);
    await server.close();
    console.log(`${tally.run} scenarios, ${tally.passed} passed, ${tally.leaked} sockets leaked`);
    expect(unexpected).toEqual([]);
  });
}

/** Registers one test per target of each scenario. */
export function runScenarios(scenarios: Scenario[]): void {
  for (const scenario of scenarios) {
    for (const target of ["chat", "stream", "models"] as const) {
      const spec = scenario[target];
      if (spec) it(`${scenario.name} → ${target}`, () => runCase(target, spec), Math.max(15_000, spec.within + 5_000));
    }
  }
}

async function runCase(target: Target, spec: Case): Promise<void> {
  tally.run++;
  const first = server.requests.length;
  const before = unexpected.length;
  let failure: unknown;
  try {
    await checkCase(target, spec, first);
    await new Promise((done) => setImmediate(done));
    expect(unexpected.slice(before), "unhandled rejections and warnings").toEqual([]);
  } catch (error) {
    failure = error;
  }
  // Counted even when an assertion failed, so that the summary reports every answer left open.
  const leaked = await leakedSockets(first);
  tally.leaked += leaked;
  if (failure) throw failure;
  expect(leaked, "answers left open by the client (leaked sockets)").toBe(0);
  tally.passed++;
}

async function checkCase(target: Target, spec: Case, first: number): Promise<void> {
  if (spec.scripts) server.enqueue(...(typeof spec.scripts === "function" ? spec.scripts() : spec.scripts));
  const baseURL = spec.baseURL ? await spec.baseURL() : server.baseURL;
  const client = createClient({ apiKey: TEST_KEY, baseURL, maxRetries: 0, ...spec.options });
  const outcome = await call(target, client, spec.abortAfter);
  outcome.requests = server.requests.length - first;
  if (spec.expect === "ok") {
    if (outcome.error) throw new Error(`expected a result, got ${outcome.error.name}: ${outcome.error.message}`, { cause: outcome.error });
  } else {
    expect(outcome.error, `expected ${spec.expect.name}`).toBeInstanceOf(spec.expect);
  }
  if (outcome.error && target === "stream") {
    // Nothing lost: the error carries at least everything the consumer was shown.
    const partial: ChatResult | undefined = outcome.error.partial;
    if (partial) expect(partial.text.startsWith(outcome.seenText), "partial.text starts with the text seen").toBe(true);
  }
  expect(outcome.ms, "wall time").toBeLessThan(spec.within);
  if (spec.requests !== undefined) expect(outcome.requests, "requests sent").toBe(spec.requests);
  spec.check?.(outcome);
}

/** Answers of this case's requests still under way once the client is done (after a short grace). */
async function leakedSockets(first: number): Promise<number> {
  const mine = server.requests.slice(first);
  const deadline = Date.now() + 2_000;
  while (mine.some((request) => request.responseOpen()) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 10));
  return mine.filter((request) => request.responseOpen()).length;
}

/** The chat request every scenario sends. */
export const params = { model: "openai/gpt-4o", prompt: "x" };

async function call(target: Target, client: ReturnType<typeof createClient>, abortAfter: number | undefined): Promise<Outcome> {
  const outcome: Outcome = { target, result: undefined, error: undefined, ms: 0, requests: 0, seenText: "", seenChunks: 0 };
  const controller = new AbortController();
  const options = abortAfter === undefined ? undefined : { signal: controller.signal };
  const timer = abortAfter === undefined ? undefined : setTimeout(() => controller.abort(), abortAfter);
  const started = performance.now();
  try {
    if (target === "chat") outcome.result = await chat(client, params, options);
    else if (target === "models") outcome.result = await listModels(client, undefined, options);
    else {
      const answer = await stream(client, params, options);
      try {
        for await (const chunk of answer) {
          outcome.seenChunks++;
          const content = chunk.choices?.[0]?.delta?.content;
          if (typeof content === "string") outcome.seenText += content;
        }
      } catch {
        // final() settles with the same error, after the chunks that came before it.
      }
      outcome.result = await answer.final();
    }
  } catch (error) {
    outcome.error = error;
  } finally {
    clearTimeout(timer);
  }
  outcome.ms = performance.now() - started;
  return outcome;
}

/** A base URL on a port where nothing listens. */
export async function refusedBaseURL(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, "127.0.0.1", done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return `http://127.0.0.1:${port}/api/v1`;
}
