/**
 * The five cheapest models that take images and support tool calling, with their prices per million tokens.
 *
 *   node examples/models.ts            (no API key needed: the catalog is public)
 *   OPENROUTER_BASE_URL=http://127.0.0.1:8787/api/v1 node examples/models.ts
 */
import { createClient, findModels, listModels, pricePerMillion } from "openrouter-fetch";

const client = createClient();

// Let the server do the coarse filtering; findModels() re-checks the same facts on the list it got back.
const models = await listModels(client, { input_modalities: "image", supported_parameters: "tools" });
const candidates = findModels(models, { input: "image", supports: "tools" });

const priced = candidates
  .map((model) => ({
    id: model.id,
    prompt: pricePerMillion(model.pricing.prompt),
    completion: pricePerMillion(model.pricing.completion),
  }))
  // Routers such as openrouter/auto have no fixed price.
  .filter((m): m is { id: string; prompt: number; completion: number } => m.prompt !== undefined && m.completion !== undefined)
  .sort((a, b) => a.prompt + a.completion - (b.prompt + b.completion) || a.id.localeCompare(b.id))
  .slice(0, 5);

console.log(`Models that take images and support tools: ${candidates.length}. The five cheapest, in USD per million tokens:`);
for (const m of priced) {
  console.log(`${m.id.padEnd(48)} in $${m.prompt.toFixed(2).padStart(7)}   out $${m.completion.toFixed(2).padStart(7)}`);
}
