// The Anthropic-compatible Messages API on OpenRouter, with OpenRouter's fallback models and provider routing.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/messages.ts   (after `npm run build`)
import { createClient } from "openrouter-fetch";
import { createMessage, streamMessage } from "openrouter-fetch/messages";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const answer = await createMessage(createClient({ appTitle: "openrouter-fetch examples" }), {
  model: "anthropic/claude-sonnet-4.5",
  models: ["anthropic/claude-haiku-4.5"],
  max_tokens: 300,
  system: "You answer in one short sentence.",
  messages: [{ role: "user", content: "Hello, how are you?" }],
  provider: { sort: "latency" },
});
console.log(answer.text);
console.log(`stop: ${answer.stopReason}; ${answer.usage?.input_tokens ?? "?"} in + ${answer.usage?.output_tokens ?? "?"} out tokens; model ${answer.model}; generation: ${answer.generationId}`);

// The same, streamed: Anthropic's events, or just the text.
const streamed = await streamMessage(createClient({ appTitle: "openrouter-fetch examples" }), {
  model: "anthropic/claude-sonnet-4.5",
  max_tokens: 300,
  messages: [{ role: "user", content: "Hello, how are you?" }],
});
for await (const text of streamed.textStream) process.stdout.write(text);
console.log(`\nstreamed: ${(await streamed.final()).stopReason}`);
