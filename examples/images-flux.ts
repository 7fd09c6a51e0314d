// Image generation with FLUX, an image-only model. generateImage() sends modalities ["image"] (OpenRouter answers
// 404 to ["image", "text"] for these models, so asking for that is refused before sending). `n: 2` sends two
// requests in parallel; each image is saved to a file.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/images-flux.ts [output-folder]   (after `npm run build`)
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { APIError, ValidationError, createClient, generateImage } from "openrouter-fetch";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });
const outDir = process.argv[2] ?? (await mkdtemp(join(tmpdir(), "openrouter-flux-")));
const model = "black-forest-labs/flux.2-pro";

// Refused locally, nothing sent: image-only models cannot answer with text.
await generateImage(client, { model, prompt: "x", modalities: ["image", "text"] }).catch((error: unknown) => {
  if (error instanceof ValidationError) console.log(`refused before sending: ${error.message}`);
});

try {
  const { images, usage } = await generateImage(client, { model, prompt: "A paper boat on a rainy street, 35mm photo", aspect_ratio: "4:3", n: 2 });
  for (const [i, image] of images.entries()) {
    const file = join(outDir, `flux-${i + 1}.${image.mimeType.split("/")[1] ?? "img"}`);
    await writeFile(file, image.bytes);
    console.log(`saved ${file} (${image.mimeType}, ${image.bytes.length} bytes)`);
  }
  console.log(`cost of both requests: $${usage?.cost ?? "?"}`);
} catch (error) {
  if (error instanceof APIError) console.error(`OpenRouter said ${error.status}: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
