// Image generation with a Gemini image model. generateImage() sends modalities ["image", "text"] for you, and the
// images (Gemini often sends two near-identical ones) come back decoded: this saves each one to a file.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/images-gemini.ts [output-folder]   (after `npm run build`)
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { APIError, ResponseValidationError, createClient, generateImage } from "openrouter-fetch";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });
const outDir = process.argv[2] ?? (await mkdtemp(join(tmpdir(), "openrouter-gemini-")));

try {
  const result = await generateImage(client, {
    model: "google/gemini-2.5-flash-image",
    prompt: "A lighthouse on a cliff at dawn, watercolour",
    aspect_ratio: "16:9",
  });
  // Images sent as https URLs (rare) are downloaded only now, on request.
  const images = [...result.images, ...(await Promise.all(result.remoteImages.map((remote) => remote.load())))];
  for (const [i, image] of images.entries()) {
    const file = join(outDir, `gemini-${i + 1}.${image.mimeType.split("/")[1] ?? "img"}`);
    await writeFile(file, image.bytes);
    console.log(`saved ${file} (${image.mimeType}, ${image.bytes.length} bytes)`);
  }
  if (result.text !== "") console.log(`the model also said: ${result.text}`);
  console.log(`model: ${result.model}, cost: $${result.usage?.cost ?? "?"}, generation: ${result.generationId}`);
} catch (error) {
  if (error instanceof ResponseValidationError) console.error(`No image came back: ${error.message}`);
  else if (error instanceof APIError) console.error(`OpenRouter said ${error.status}: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
