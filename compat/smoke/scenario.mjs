// The one smoke scenario every runtime runs. Plain ES2022 with no runtime APIs beyond fetch-era globals
// (setTimeout, AbortController, Date), so the same file runs on Node, Bun, Deno, workerd and in a page.
// It never imports the SDK: each entry passes the module it loaded (ESM import, CJS require, a bundle), so the
// build under test is the one that entry resolved.

/** The steps, in order; run.mjs expects every one of them (plus the browser's own). */
export const STEPS = ["chat", "stream-midstream-error", "models", "image", "abort", "mock"];
export const BROWSER_STEPS = [...STEPS, "browser-key-refused"];

const API_KEY = "sk-or-v1-compat-smoke";
const PARTIAL_TEXT = "The first three primes are 2, 3";

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function describe(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (cause: ${error.cause.name}: ${error.cause.message})` : "";
  return `${error.name}: ${error.message}${cause}`;
}

/** Rejects after `ms`, so that a hung step fails instead of hanging the runtime. */
function within(ms, what, promise) {
  let timer;
  const limit = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

async function drain(iterable) {
  let text = "";
  for await (const piece of iterable) text += piece;
  return text;
}

/**
 * Runs the scenario against `baseURL` with the SDK module `sdk`.
 * @param {Record<string, any>} sdk the `openrouter-fetch` root module as the runtime loaded it
 * @param {{ baseURL: string, testing: Record<string, any>, browser?: boolean, fetchCount?: () => number }} options
 *   `testing`: the `openrouter-fetch/testing` module as the runtime loaded it (the "mock" step runs a chat and a
 *   stream on its fetch, no server); `browser` adds the API-key refusal step; `fetchCount` reports how many
 *   fetches the page made (to prove none was sent).
 * @returns {Promise<Array<{ step: string, ok: boolean, ms: number, error?: string }>>}
 */
export async function runScenario(sdk, { baseURL, testing, browser = false, fetchCount }) {
  const client = sdk.createClient({
    apiKey: API_KEY,
    baseURL,
    maxRetries: 0,
    timeout: 10_000,
    idleTimeout: 10_000,
    ...(browser ? { dangerouslyAllowBrowser: true } : {}),
  });

  const steps = {
    async chat() {
      const result = await sdk.chat(client, { model: "deepseek/deepseek-v4-pro", prompt: "Answer with a JSON object." });
      check(result.text === '{"ok": true}', `text was ${JSON.stringify(result.text)}`);
      check(result.usage?.total_tokens === 140, `usage was ${JSON.stringify(result.usage)}`);
    },

    async "stream-midstream-error"() {
      const answer = await sdk.stream(client, { model: "compat/midstream-error", prompt: "List the first primes." });
      let caught;
      let seen = "";
      try {
        for await (const piece of answer.textStream) seen += piece;
      } catch (error) {
        caught = error;
      }
      check(caught !== undefined, `the stream ended without an error after ${JSON.stringify(seen)}`);
      check(caught instanceof sdk.StreamError, `expected StreamError, got ${describe(caught)}`);
      check(caught.partial?.text === PARTIAL_TEXT, `partial.text was ${JSON.stringify(caught.partial?.text)}`);
      check(caught.code === 429, `code was ${JSON.stringify(caught.code)}`);
      check(seen === PARTIAL_TEXT, `textStream yielded ${JSON.stringify(seen)} before the error`);
    },

    async models() {
      const models = await sdk.listModels(client);
      check(Array.isArray(models), "listModels did not return an array");
      check(models.length === 3, `got ${models.length} models`);
      check(models.every((m) => typeof m.id === "string"), "a model has no string id");
    },

    async image() {
      const result = await sdk.chat(client, { model: "google/gemini-2.5-flash-image", prompt: "A red dot", modalities: ["image", "text"] });
      const image = result.images?.[0];
      check(image !== undefined, `no image in ${JSON.stringify(Object.keys(result))}`);
      check(image.mimeType === "image/png", `mimeType was ${image.mimeType}`);
      check(image.bytes instanceof Uint8Array, `bytes is ${Object.prototype.toString.call(image.bytes)}`);
      const magic = String.fromCharCode(image.bytes[1], image.bytes[2], image.bytes[3]);
      check(magic === "PNG", `bytes[1..3] were ${JSON.stringify(magic)}`);
      const decoded = sdk.decodeDataUrl(image.dataUrl);
      check(decoded?.mimeType === "image/png" && decoded.bytes.length === image.bytes.length, "decodeDataUrl(dataUrl) disagrees with the image");
    },

    async abort() {
      const controller = new AbortController();
      const answer = await sdk.stream(client, { model: "compat/slow", prompt: "Take your time." }, { signal: controller.signal });
      let abortedAt = 0;
      const timer = setTimeout(() => {
        // A long stream always sees a garbage collection before it is aborted; force one where the runtime
        // exposes it (run.mjs passes the flags), so that an abort lost to GC fails every time, not by chance.
        if (typeof globalThis.gc === "function") globalThis.gc();
        abortedAt = Date.now();
        controller.abort();
      }, 300);
      let caught;
      try {
        await within(5_000, "the stream after abort() (an abort lost to GC hangs here)", drain(answer.textStream));
      } catch (error) {
        caught = error;
      } finally {
        clearTimeout(timer);
      }
      const took = abortedAt ? Date.now() - abortedAt : -1;
      check(caught instanceof sdk.AbortError, `expected AbortError, got ${caught === undefined ? "the stream's end" : describe(caught)}`);
      check(took >= 0 && took < 2_000, `AbortError came ${took} ms after abort()`);
      check(caught.partial?.text === "Thinking", `partial.text was ${JSON.stringify(caught.partial?.text)}`);
    },
  };

  // The mock OpenRouter of openrouter-fetch/testing: no server, no Node API, so it must work in every runtime.
  steps.mock = async () => {
    check(testing && typeof testing.createMockOpenRouter === "function", "openrouter-fetch/testing did not load");
    const mock = testing.createMockOpenRouter().reply(testing.replyText("Hello from the mock"), testing.replyText(["Hé", "llo", " ✓"], { chunkSize: 5 }));
    const mocked = sdk.createClient({ apiKey: API_KEY, fetch: mock.fetch, maxRetries: 0, ...(browser ? { dangerouslyAllowBrowser: true } : {}) });
    const whole = await sdk.chat(mocked, { model: "openai/gpt-4o", prompt: "Hi" });
    check(whole.text === "Hello from the mock", `chat text was ${JSON.stringify(whole.text)}`);
    const pieces = await drain((await sdk.stream(mocked, { model: "openai/gpt-4o", prompt: "Hi" })).textStream);
    check(pieces === "Héllo ✓", `stream text was ${JSON.stringify(pieces)}`);
    check(mock.all("/chat/completions").length === 2, `the mock saw ${mock.requests.length} request(s)`);
    check(mock.last().headers.authorization === "Bearer [redacted]", "the recorded key was not redacted");
    mock.expectNoPendingReplies();
  };

  if (browser) {
    steps["browser-key-refused"] = async () => {
      const unsafe = sdk.createClient({ apiKey: API_KEY, baseURL, maxRetries: 0 });
      const before = fetchCount ? fetchCount() : 0;
      let caught;
      try {
        await sdk.chat(unsafe, { model: "deepseek/deepseek-v4-pro", prompt: "hi" });
      } catch (error) {
        caught = error;
      }
      check(caught instanceof sdk.ValidationError, `expected ValidationError, got ${caught === undefined ? "an answer" : describe(caught)}`);
      check(!String(caught.message).includes(API_KEY), "the error message contains the API key");
      if (fetchCount) check(fetchCount() === before, `${fetchCount() - before} request(s) were sent anyway`);
    };
  }

  const results = [];
  for (const [step, run] of Object.entries(steps)) {
    const started = Date.now();
    try {
      await within(15_000, step, run());
      results.push({ step, ok: true, ms: Date.now() - started });
    } catch (error) {
      results.push({ step, ok: false, ms: Date.now() - started, error: describe(error) });
    }
  }
  return results;
}

/** The line every process-based entry prints last; run.mjs reads it. */
export function resultLine(results, extra = {}) {
  return JSON.stringify({ compat: results, gc: typeof globalThis.gc === "function", ...extra });
}
