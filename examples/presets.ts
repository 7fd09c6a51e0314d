// Presets: save the request you already send as a named preset, read its versions, then chat through it by name.
// Presets take the inference key. Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/presets.ts (after `npm run build`).
import { chat } from "openrouter-fetch";
import { APIError } from "openrouter-fetch/errors";
import { createClient, createPresetFromChat, iteratePresetVersions } from "openrouter-fetch/platform";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys), or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });

try {
  // The server keeps the fields a preset can hold (model, sampling, the system prompt) and ignores the rest.
  const preset = await createPresetFromChat(client, "my-preset", {
    model: "openai/gpt-4.1-nano",
    temperature: 0.7,
    messages: [{ role: "system", content: "You are a helpful assistant." }],
  });
  console.log(`Preset ${preset.slug}: version ${preset.designated_version?.version}, model ${String(preset.designated_version?.config["model"])}`);
  for await (const version of iteratePresetVersions(client, preset.slug)) console.log(`  v${version.version}: ${version.system_prompt ?? "(no system prompt)"}`);

  const result = await chat(client, { model: `@preset/${preset.slug}`, prompt: "Why is the sky blue? One sentence." });
  console.log(result.text);
} catch (error) {
  if (error instanceof APIError) console.error(`OpenRouter said ${error.status}: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
