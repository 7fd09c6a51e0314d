// The native image API (POST /images): pick a model from listImageModels(), read the parameters it takes, then
// createImage() with them. The images come back decoded, as generateImage() gives them: this saves each to a file.
// Then the same request streamed (streamImage()): partial images as they come, where the provider streams them.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/images-native.ts [output-folder]   (after `npm run build`)
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { APIError, ResponseValidationError, createClient, createImage, listImageModels, streamImage } from "openrouter-fetch";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });
const outDir = process.argv[2] ?? (await mkdtemp(join(tmpdir(), "openrouter-native-")));

try {
  const models = await listImageModels(client);
  const model = models.find((m) => m.id === "bytedance-seed/seedream-4.5") ?? models[0];
  if (!model) throw new Error("No native image model is listed.");
  // A parameter's descriptor says what it takes: here the resolution tiers, when the model has them.
  const resolution = model.supported_parameters?.["resolution"];
  const tiers = resolution?.type === "enum" ? (resolution as { values: string[] }).values : [];
  console.log(`${model.id}: resolution ${tiers.join("/") || "not settable"}, streaming ${model.supports_streaming ? "yes" : "no"}`);

  const result = await createImage(client, {
    model: model.id,
    prompt: "a red panda astronaut floating in space, studio lighting",
    ...(tiers.includes("2K") ? { resolution: "2K" } : {}),
  });
  const images = [...result.images, ...(await Promise.all(result.remoteImages.map((remote) => remote.load())))];
  for (const [i, image] of images.entries()) {
    const file = join(outDir, `native-${i + 1}.${image.mimeType.split("/")[1] ?? "img"}`);
    await writeFile(file, image.bytes);
    console.log(`saved ${file} (${image.mimeType}, ${image.bytes.length} bytes)`);
  }
  console.log(`cost: $${result.usage?.cost ?? "?"}`);

  // A provider without native streaming answers with the finished image alone: the loop then sees one "completed".
  const answer = await streamImage(client, { model: model.id, prompt: "a lighthouse at dusk, watercolour" });
  for await (const event of answer) {
    if (event.type === "image_generation.partial_image") console.log(`preview ${event.partial_image_index} arrived`);
  }
  const streamed = await answer.final();
  const file = join(outDir, "streamed.png");
  await writeFile(file, streamed.images[0]?.bytes ?? new Uint8Array());
  console.log(`streamed: ${streamed.partialImages.length} preview(s), then ${file} (${streamed.images[0]?.mimeType})`);
} catch (error) {
  if (error instanceof ResponseValidationError) console.error(`No image came back: ${error.message}`);
  else if (error instanceof APIError) console.error(`OpenRouter said ${error.status}: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
