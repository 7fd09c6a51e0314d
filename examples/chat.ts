// A chat completion, with the answer, its cost and a typed error path.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/chat.ts   (after `npm run build`)
import { APIError, InsufficientCreditsError, chat, createClient } from "openrouter-fetch";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });

try {
  const result = await chat(client, {
    model: process.env["OPENROUTER_DEFAULT_MODEL"] ?? "openai/gpt-4.1-nano",
    messages: [
      { role: "system", content: "You answer in one short sentence." },
      { role: "user", content: "Why is the sky blue?" },
    ],
    max_tokens: 200,
  });
  console.log(result.text);
  console.log(`model: ${result.model} via ${result.provider ?? "?"}, cost: $${result.usage?.cost ?? "?"}, generation: ${result.generationId}`);
} catch (error) {
  if (error instanceof InsufficientCreditsError) console.error(`Not enough credit: try max_tokens <= ${error.affordableTokens}`);
  else if (error instanceof APIError) console.error(`OpenRouter said ${error.status}: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
