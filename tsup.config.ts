import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    chat: "src/chat/index.ts",
    models: "src/models/index.ts",
    images: "src/images/index.ts",
    routing: "src/routing/index.ts",
    postprocess: "src/postprocess/index.ts",
    errors: "src/errors/index.ts",
    account: "src/account/index.ts",
    embeddings: "src/embeddings/index.ts",
    structured: "src/structured/index.ts",
    tools: "src/tools/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  // One shared chunk for code several entries use keeps error classes single, so `instanceof` holds across subpaths.
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: "es2022",
  platform: "neutral",
  external: ["zod", "eventsource-parser"],
});
