// Tool calling: two typed tools (a weather lookup and a calculator) and runTools(), which runs the loop of requests
// and tool executions for you, first as one promise, then streamed as events.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/tools.ts   (after `npm run build`)
import * as z from "zod";
import { createClient, runTools, tool } from "openrouter-fetch";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

// A stand-in for a weather API: swap in a real fetch, passing `signal` on so that aborting the run aborts it too.
const forecasts: Record<string, { celsius: number; sky: string }> = {
  paris: { celsius: 18, sky: "cloudy" },
  tokyo: { celsius: 24, sky: "sunny" },
  lima: { celsius: 16, sky: "overcast" },
};

const getWeather = tool({
  name: "get_weather",
  description: "The current weather in a city.",
  parameters: z.object({ city: z.string().describe("City name, e.g. Paris") }),
  execute: async ({ city }, { signal }) => {
    signal?.throwIfAborted();
    const forecast = forecasts[city.toLowerCase()];
    // A throw is sent back to the model as {"error": "..."}: it can apologise or try another city.
    if (!forecast) throw new Error(`No weather station in ${city}. Known cities: ${Object.keys(forecasts).join(", ")}.`);
    return { city, ...forecast };
  },
});

const calculator = tool({
  name: "calculator",
  description: "Exact arithmetic on two numbers. Use it instead of doing sums in your head.",
  parameters: z.object({
    operation: z.enum(["add", "subtract", "multiply", "divide", "power"]),
    a: z.number(),
    b: z.number(),
  }),
  execute: ({ operation, a, b }) => {
    if (operation === "divide" && b === 0) throw new Error("Division by zero.");
    const value = { add: a + b, subtract: a - b, multiply: a * b, divide: a / b, power: a ** b }[operation];
    return { value };
  },
});

const client = createClient({ appTitle: "openrouter-fetch examples" });
const model = process.env["OPENROUTER_DEFAULT_MODEL"] ?? "openai/gpt-4.1-nano";
const controller = new AbortController();
process.once("SIGINT", () => controller.abort());

// 1. One promise: the final answer, every step, and the usage summed over all requests.
const result = await runTools(
  client,
  { model, prompt: "How much warmer is it in Tokyo than in Paris, in Fahrenheit degrees? Use the tools." },
  {
    tools: [getWeather, calculator],
    maxSteps: 6,
    signal: controller.signal,
    onStep: (step) => {
      for (const r of step.toolResults) console.log(`  [step ${step.index}] ${r.toolName}(${JSON.stringify(r.input)}) -> ${r.message.content}`);
    },
  },
);
console.log(result.text);
const { totalTokens, cost, stepsWithoutCost } = result.totalUsage;
console.log(`${result.steps.length} requests, ${totalTokens} tokens, $${cost?.toFixed(6) ?? "?"}${stepsWithoutCost ? ` (+${stepsWithoutCost} without a reported cost)` : ""}; stopped by ${result.stoppedBy}\n`);

// 2. Streamed: text as it comes, tool calls and results as they happen.
const run = runTools(client, { model, prompt: "What's the weather in Lima, and what is 16 to the power of 2?" }, { tools: [getWeather, calculator], stream: true, signal: controller.signal });
for await (const event of run) {
  if (event.type === "text") process.stdout.write(event.text);
  else if (event.type === "tool-call") console.log(`-> ${event.toolCall.function.name}(${event.toolCall.function.arguments})`);
  else if (event.type === "tool-result") console.log(`<- ${event.toolResult.isError ? "error: " : ""}${event.toolResult.message.content}`);
  else if (event.type === "done") console.log(`\n(${event.result.steps.length} requests)`);
}
