// Rerank: the passages most relevant to a question, best first, with their scores.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/rerank.ts   (after `npm run build`)
import { APIError, createClient, rerank } from "openrouter-fetch";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });
const documents = [
  "Paris is the capital of France.",
  "Berlin is the capital of Germany.",
  "The Eiffel Tower was finished in 1889.",
];

try {
  const { results, model, usage } = await rerank(client, {
    model: "cohere/rerank-v3.5",
    query: "What is the capital of France?",
    documents,
    top_n: 2,
  });
  // `index` points back into `documents`; `document` echoes it (filled from the input when the server leaves it out).
  for (const { index, score, document } of results) console.log(`#${index} ${score.toFixed(2)} ${document.text ?? document.image}`);
  console.log(`model: ${model}, search units: ${usage?.search_units ?? "?"}`);
} catch (error) {
  if (error instanceof APIError) console.error(`OpenRouter said ${error.status}: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
