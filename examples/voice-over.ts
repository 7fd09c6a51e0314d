// Text to speech: createSpeechStream() hands the audio over as it arrives, so it goes to the file (or a player)
// without being held in memory; createSpeech() would give the whole audio as bytes instead.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/voice-over.ts [output-folder]   (after `npm run build`)
import { createWriteStream } from "node:fs";
import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { APIError, createClient } from "openrouter-fetch";
import { createSpeechStream } from "openrouter-fetch/audio";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });
const outDir = process.argv[2] ?? (await mkdtemp(join(tmpdir(), "openrouter-voice-")));

try {
  const speech = await createSpeechStream(client, {
    model: "openai/gpt-4o-mini-tts",
    input: "Welcome to the harbour tour. On your left, the oldest lighthouse on the coast.",
    voice: "alloy",
    response_format: "mp3",
  });
  const extension = speech.mimeType.includes("wav") ? "wav" : speech.mimeType.includes("pcm") ? "pcm" : "mp3";
  const file = join(outDir, `voice-over.${extension}`);
  await speech.body.pipeTo(Writable.toWeb(createWriteStream(file)));
  console.log(`saved ${file} (${speech.mimeType}, ${(await stat(file)).size} bytes), generation: ${speech.headers.get("x-generation-id")}`);
} catch (error) {
  if (!(error instanceof APIError)) throw error;
  console.error(`OpenRouter said ${error.status}: ${error.message}`);
  process.exitCode = 1;
}
