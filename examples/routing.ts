// Fallback models, the cheapest provider for each, and a price cap: build the routing part of a request, print it,
// and send it when a key is set.
// Run: node examples/routing.ts   (after `npm run build`; add OPENROUTER_API_KEY=sk-or-v1-… to send the request)
import { APIError, chat, createClient, provider, route } from "openrouter-fetch";

const routing = route("openai/gpt-oss-120b")
  // Tried in this order when the primary fails (downtime, rate limits, context length…).
  .fallbacks("deepseek/deepseek-v3.2", "meta-llama/llama-3.3-70b-instruct")
  .provider(
    provider()
      .sort("price") // cheapest endpoint first, instead of price-weighted load balancing
      .maxPrice({ prompt: 0.5, completion: 2 }) // USD per million tokens: pricier endpoints are never used
      .dataCollection("deny"), // skip providers that may store or train on the prompt
  )
  .build();

console.log("Routing fragment to spread into the request:");
console.log(JSON.stringify(routing, null, 2));

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to send it, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });

try {
  const result = await chat(client, { ...routing, prompt: "In one sentence: what does a load balancer do?", max_tokens: 200 });
  console.log(result.text);
  // The model and provider that actually served: a fallback, or the cheapest endpoint under the cap.
  console.log(`served by ${result.model} via ${result.provider ?? "?"}, cost: $${result.usage?.cost ?? "?"}`);
} catch (error) {
  // 404 with no endpoints means the filters (price cap, data policy) left nothing to route to.
  if (error instanceof APIError) console.error(`OpenRouter said ${error.status}: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
