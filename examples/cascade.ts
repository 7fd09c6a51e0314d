// Choose a model by how hard a prompt is: a cheap model for easy asks, a premium one only for hard ones.
// First with the built-in heuristic (no calls), then with a cheap model as the classifier when a key is set.
// Run: node examples/cascade.ts   (after `npm run build`; add OPENROUTER_API_KEY=sk-or-v1-… to call models)
import { type CascadeInput, type CascadeTier, cascade, chat, classifyComplexity, createClient } from "openrouter-fetch";

const tiers = {
  simple: "anthropic/claude-haiku-4.5",
  medium: "anthropic/claude-sonnet-4.5",
  complex: "moonshotai/kimi-k2.5",
};

const prompts = [
  "What is the capital of Australia?",
  "Compare optimistic and pessimistic locking and explain the trade-offs for a booking system.",
  [
    "Refactor this function step by step:",
    "1. Split parsing from validation.",
    "2. Then add unit tests for empty input.",
    "3. Finally, document the error cases.",
    "```ts",
    "export function parse(s: string) { return s.split(',').map(Number); }",
    "```",
  ].join("\n"),
];

const byHeuristic = cascade(tiers);
console.log("Built-in heuristic (length, code, multi-step asks; no model call):");
for (const prompt of prompts) {
  const { tier, model } = await byHeuristic.pick(prompt);
  console.log(`  ${tier.padEnd(7)} → ${model.padEnd(28)} ${prompt.split("\n")[0]!.slice(0, 60)}`);
}

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to classify with a model and send a prompt, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });

// A cheap, fast model grades the prompt; when its answer is not a tier, the heuristic decides.
async function classifyWithModel(input: CascadeInput): Promise<CascadeTier> {
  const text = typeof input === "string" ? input : (input.prompt ?? "");
  const { text: answer } = await chat(client, {
    model: "openai/gpt-4.1-nano",
    temperature: 0,
    max_tokens: 5,
    messages: [
      { role: "system", content: "Rate how hard the user's request is for a language model. Answer with one word: simple, medium or complex." },
      { role: "user", content: text },
    ],
  });
  const tier = answer.trim().toLowerCase().replace(/[^a-z]/g, "");
  return tier === "simple" || tier === "medium" || tier === "complex" ? tier : classifyComplexity(input);
}

const byModel = cascade(tiers, { classify: classifyWithModel });
console.log("Classified by openai/gpt-4.1-nano:");
for (const prompt of prompts) {
  const { tier, model } = await byModel.pick(prompt);
  console.log(`  ${tier.padEnd(7)} → ${model.padEnd(28)} ${prompt.split("\n")[0]!.slice(0, 60)}`);
}

const question = prompts[0]!;
const { model } = await byModel.pick(question);
const result = await chat(client, { model, prompt: question, max_tokens: 100 });
console.log(`\n${model} answered: ${result.text}`);
