// Speech to text with timestamps: an audio file sent as a multipart upload (createTranscription() with `file`;
// `input_audio` would send base64 JSON instead), read back as segments with their start and end times.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/transcript.ts [audio.wav]   (after `npm run build`)
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { APIError, createClient, createSpeech } from "openrouter-fetch";
import { createTranscription } from "openrouter-fetch/audio";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });

try {
  // With no file given, make one: a short sentence spoken by a TTS model.
  const path = process.argv[2];
  const audio = path
    ? { file: await readFile(path), filename: basename(path) }
    : { file: (await createSpeech(client, { model: "openai/gpt-4o-mini-tts", input: "Hello there.", response_format: "mp3" })).toBlob(), filename: "hello.mp3" };
  const transcript = await createTranscription(client, {
    model: "openai/whisper-large-v3",
    ...audio,
    response_format: "verbose_json",
    timestamp_granularities: ["segment"],
  });
  console.log(`text: ${transcript.text}`);
  for (const segment of transcript.segments ?? []) console.log(`  [${segment.start.toFixed(1)}–${segment.end.toFixed(1)} s] ${segment.text}`);
  console.log(`${transcript.duration ?? "?"} s of audio, cost: $${transcript.usage?.cost ?? "?"}`);
} catch (error) {
  if (!(error instanceof APIError)) throw error;
  console.error(`OpenRouter said ${error.status}: ${error.message}`);
  process.exitCode = 1;
}
