import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const entry = process.argv[2] ?? "src/chat/chat.ts";
const r = await build({ stdin: { contents: `import { chat } from "./src/chat/chat.ts"; import { createClient } from "./src/core/client.ts"; export default [chat, createClient];`, resolveDir: process.cwd(), loader: "ts" }, bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent", metafile: true });
const inputs = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs;
let own = 0, ky = 0;
for (const [k, v] of Object.entries(inputs)) (k.includes("node_modules/ky") ? (ky += v.bytesInOutput) : (own += v.bytesInOutput));
console.log("total gz", (gzipSync(r.outputFiles[0].text, { level: 9 }).length / 1024).toFixed(2), "own min", own, "ky min", ky);
for (const [k, v] of Object.entries(inputs).filter(([k]) => !k.includes("node_modules")).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 45)) console.log(v.bytesInOutput, k);
