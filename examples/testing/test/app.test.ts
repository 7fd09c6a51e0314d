// The app's tests: the mock OpenRouter from openrouter-fetch/testing, no server, no key, no cost.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { createClient, RateLimitError } from "openrouter-fetch";
import { createMockOpenRouter, replyError, replyText, replyToolCalls } from "openrouter-fetch/testing";
import { replayFrom } from "openrouter-fetch/testing/node";
import { renderAnswer, summarize, weather } from "../src/app.ts";

const clientOn = (mock: { fetch: typeof fetch }, maxRetries = 0) => createClient({ apiKey: "sk-or-test", fetch: mock.fetch, maxRetries });

test("summarize sends the system prompt and trims the answer", async () => {
  const mock = createMockOpenRouter().reply(replyText("  One line.\n"));
  assert.equal(await summarize(clientOn(mock), "A long text"), "One line.");
  assert.deepEqual(mock.last("/chat/completions")?.body.messages[0], { role: "system", content: "Summarize in one line." });
  mock.expectNoPendingReplies();
});

test("renderAnswer shows each piece, then a notice when the stream breaks", async () => {
  const mock = createMockOpenRouter().reply(replyText(["Once ", "upon ", "a time"], { errorAfter: { events: 3, code: 502 } }));
  const screen: string[] = [];
  await renderAnswer(clientOn(mock), "A story", screen);
  assert.deepEqual(screen, ["Once ", "upon ", "[interrupted]"]);
});

test("weather runs the tool loop", async () => {
  const mock = createMockOpenRouter()
    .replyTo({ message: '"celsius":18' }, replyText("18 °C in Paris."))
    .replyTo({ tool: "get_weather" }, replyToolCalls([{ name: "get_weather", arguments: { city: "Paris" }, fragments: 3 }]));
  assert.equal(await weather(clientOn(mock), "Weather in Paris?"), "18 °C in Paris.");
  assert.equal(mock.all("/chat/completions").length, 2);
});

test("a 429 is retried, and a lasting one is a RateLimitError", async () => {
  const mock = createMockOpenRouter().reply(replyError(429, { retryAfter: 0 }), replyText("ok"));
  assert.equal(await summarize(clientOn(mock, 1), "x"), "ok");
  mock.reply(replyError(429, { rateLimitReset: Date.now() + 60_000 }));
  await assert.rejects(summarize(clientOn(mock), "x"), RateLimitError);
});

test("a recorded run replays offline", async () => {
  const mock = await replayFrom(join(import.meta.dirname, "..", "recordings", "summarize"));
  assert.equal(await summarize(clientOn(mock), "A long text about the sea."), "The sea is vast and deep.");
  mock.expectNoPendingReplies();
});
