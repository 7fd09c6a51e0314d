// Upload once, refer to it by id: uploadFile() stores a PDF with OpenRouter's Files API, and a chat reads it
// through filePart({ file_id }) without sending its bytes again. The file is deleted at the end.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/upload-then-chat.ts [file.pdf]   (after `npm run build`)
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { APIError, chat, createClient } from "openrouter-fetch";
import { deleteFile, uploadFile } from "openrouter-fetch/files";
import { filePart, userMessage } from "openrouter-fetch/images";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });
const path = process.argv[2];
// A stream is read once into memory before sending, so a retry sends the same bytes.
const file = path ? createReadStream(path) : new Blob(["%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"]);

try {
  const stored = await uploadFile(client, { file, filename: path ? basename(path) : "document.pdf" });
  console.log(`uploaded ${stored.filename} as ${stored.id} (${stored.mime_type}, ${stored.size_bytes} bytes)`);
  const answer = await chat(client, {
    model: "openai/gpt-4.1-nano",
    messages: [userMessage("Summarise the uploaded file in one sentence.", filePart({ file_id: stored.id }))],
  });
  console.log(answer.text);
  const deleted = await deleteFile(client, stored.id);
  console.log(`deleted ${deleted.id}`);
} catch (error) {
  if (!(error instanceof APIError)) throw error;
  console.error(`OpenRouter said ${error.status}: ${error.message}`);
  process.exitCode = 1;
}
