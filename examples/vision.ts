// Asking a model about a local image: imagePart() turns the file's bytes into a data URL with the right mime type,
// and userMessage() puts the question before the image (models answer better that way).
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/vision.ts [path/to/image.png]   (after `npm run build`)
// Without a path, it writes a small red square to a temporary file and asks about that.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { APIError, chat, createClient, imagePart, userMessage } from "openrouter-fetch";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

let path = process.argv[2];
if (path === undefined) {
  // A 16×16 red PNG.
  const redSquare = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR42mO4oKBAEmIY1TCqYfhqAABLfxAQegypMgAAAABJRU5ErkJggg==";
  path = join(await mkdtemp(join(tmpdir(), "openrouter-vision-")), "red-square.png");
  await writeFile(path, Uint8Array.from(atob(redSquare), (c) => c.charCodeAt(0)));
  console.log(`no image given: asking about ${path}`);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });

try {
  const result = await chat(client, {
    model: process.env["OPENROUTER_DEFAULT_MODEL"] ?? "openai/gpt-4.1-nano",
    messages: [userMessage("Describe this image in one sentence. What is its main colour?", imagePart(await readFile(path), { detail: "low" }))],
    max_tokens: 200,
  });
  console.log(result.text);
  console.log(`model: ${result.model}, cost: $${result.usage?.cost ?? "?"}`);
} catch (error) {
  if (error instanceof APIError) console.error(`OpenRouter said ${error.status}: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
