// Structured output: describe the answer with a zod schema, get `json` validated and typed.
// Models that support it get response_format json_schema (strict); the others, Anthropic's included, are asked for
// JSON in a system message. Either way the JSON is extracted (markdown fences and all) and validated.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/structured-output.ts   (after `npm run build`)
import * as z from "zod";
import { ResponseValidationError, chat, createClient, responseHealingPlugin, stream } from "openrouter-fetch";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const City = z.object({
  name: z.string(),
  country: z.string(),
  population: z.number().describe("Inhabitants of the city proper"),
  landmarks: z.array(z.string()).describe("Three famous landmarks"),
});

const client = createClient({ appTitle: "openrouter-fetch examples" });
const model = process.env["OPENROUTER_DEFAULT_MODEL"] ?? "openai/gpt-4.1-nano";

try {
  // `json` is typed from the schema: { name: string; country: string; population: number; landmarks: string[] }.
  // The response-healing plugin (non-streamed requests only) has OpenRouter repair malformed JSON on its side too.
  const { json: city, usage } = await chat(
    client,
    { model, prompt: "Describe the largest city of Japan.", plugins: [responseHealingPlugin()] },
    { schema: City, schemaName: "city" },
  );
  console.log(`${city.name} (${city.country}): ${city.population.toLocaleString("en")} people; see ${city.landmarks.join(", ")}. Cost $${usage?.cost ?? "?"}`);

  // The same while streaming, here with an Anthropic model (asked in the prompt): the JSON text arrives piece by
  // piece, and final() extracts and validates it.
  const answer = await stream(client, { model: "anthropic/claude-haiku-4.5", prompt: "Describe the largest city of France." }, { schema: City });
  for await (const text of answer.textStream) process.stdout.write(text);
  const { json: paris } = await answer.final();
  console.log(`\n${paris?.name} has ${paris?.landmarks.length} landmarks listed.`);
} catch (error) {
  if (error instanceof ResponseValidationError) {
    // The answer did not fit: every issue has a path, and the raw text is kept.
    console.error(error.message);
    for (const issue of error.issues ?? []) {
      const path = (issue.path ?? []).map((segment) => String(typeof segment === "object" ? segment.key : segment)).join(".");
      console.error(`- ${path || "(root)"}: ${issue.message}`);
    }
    console.error("Raw answer:", error.text);
    process.exitCode = 1;
  } else throw error;
}
