import { build } from "esbuild";
const f = process.argv[2];
const r = await build({ entryPoints: [f], bundle: false, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent", loader: { ".ts": "ts" } });
console.log(r.outputFiles[0].text);
