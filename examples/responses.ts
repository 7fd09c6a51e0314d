// The Responses API: one turn, then the next turn with the first answer's output items sent back as input.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/responses.ts   (after `npm run build`)
import { createClient } from "openrouter-fetch";
import { createResponse } from "openrouter-fetch/responses";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });
const model = process.env["OPENROUTER_DEFAULT_MODEL"] ?? "openai/gpt-4o-mini";

const first = await createResponse(client, { model, input: "Tell me a joke", max_output_tokens: 200 });
console.log(first.text);
console.log(`status: ${first.status}, ${first.usage?.total_tokens ?? "?"} tokens, generation: ${first.generationId}`);

// The API is stateless (previous_response_id is refused): the next turn carries the conversation so far.
const second = await createResponse(client, {
  model,
  input: [{ role: "user", content: "Tell me a joke" }, ...first.output, { role: "user", content: "Explain it in one line." }],
  max_output_tokens: 200,
});
console.log(`second turn: ${second.text}`);
