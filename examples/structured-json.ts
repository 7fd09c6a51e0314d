// Ask for JSON and get it parsed, even when the model wraps it in a markdown fence.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/structured-json.ts   (after `npm run build`)
import { ResponseValidationError, chat, createClient } from "openrouter-fetch";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

interface City {
  name: string;
  country: string;
  population: number;
}

const client = createClient();

try {
  const result = await chat<City>(client, {
    // Anthropic models reject json_object: the SDK asks for JSON in a system message instead and still parses it.
    model: process.env["OPENROUTER_DEFAULT_MODEL"] ?? "openai/gpt-4.1-nano",
    response_format: { type: "json_object" },
    prompt: 'Give the largest city of Japan as JSON: {"name": string, "country": string, "population": number}.',
  });
  const city = result.json;
  console.log(city?.name, city?.country, city?.population);
} catch (error) {
  if (error instanceof ResponseValidationError) console.error("No JSON in the answer:", error.text);
  else throw error;
  process.exitCode = 1;
}
