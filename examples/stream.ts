// Stream tokens to the terminal as they come, then print usage and cost. Ctrl-C aborts cleanly.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/stream.ts   (after `npm run build`)
import { StreamError, createClient, stream } from "openrouter-fetch";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ idleTimeout: 60_000 });
const controller = new AbortController();
process.once("SIGINT", () => controller.abort());

const answer = await stream(
  client,
  { model: process.env["OPENROUTER_DEFAULT_MODEL"] ?? "openai/gpt-4.1-nano", prompt: "Write a four-line poem about fetch()." },
  { signal: controller.signal },
);

try {
  for await (const text of answer.textStream) process.stdout.write(text);
  const { usage, finishReason, generationId } = await answer.final();
  console.log(`\n\n${finishReason}; ${usage?.prompt_tokens} prompt + ${usage?.completion_tokens} completion tokens; cost $${usage?.cost ?? "n/a"}; ${generationId}`);
} catch (error) {
  if (error instanceof StreamError) {
    // Nothing is lost: what arrived before the provider failed is on the error.
    console.error(`\n\nThe provider failed mid-stream (${error.code}): ${error.message}\nKept: ${error.partial.text}`);
    process.exitCode = 1;
  } else throw error;
}
