import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

/**
 * Subpath entries (`openrouter-fetch/chat`, `/errors`, …) re-export the root entry instead of sharing code
 * chunks with it: the root is then one file, which Node loads in one go (each extra ESM file costs about
 * 0.4 ms of cold start; the root used to load 21), and classes stay single across subpaths, so `instanceof`
 * holds. A subpath's own code that the root must not reach (the zod schemas of `/models`) stays in the subpath.
 */
const subpathsViaRoot: Plugin = {
  name: "subpaths-via-root",
  setup(build) {
    const root = build.initialOptions.define?.TSUP_FORMAT === '"cjs"' ? "./index.cjs" : "./index.js";
    const ownCode = new Set(["./schemas.js"]);
    build.onResolve({ filter: /[\\/]index\.ts$/ }, (args) => {
      if (args.kind !== "entry-point" || resolve(args.path) === resolve("src/index.ts")) return undefined;
      // A relative path keeps the build machine's directories out of dist (esbuild prints it in a comment).
      return { path: relative(".", args.path), namespace: "via-root" };
    });
    build.onLoad({ filter: /.*/, namespace: "via-root" }, async (args) => ({
      contents: await readFile(args.path, "utf8"),
      loader: "ts",
      resolveDir: resolve(dirname(args.path)),
    }));
    build.onResolve({ filter: /.*/, namespace: "via-root" }, (args) =>
      ownCode.has(args.path) ? undefined : { path: root, external: true },
    );
  },
};

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
    audio: "src/audio/index.ts",
    videos: "src/videos/index.ts",
    rerank: "src/rerank/index.ts",
    files: "src/files/index.ts",
    responses: "src/responses/index.ts",
    messages: "src/messages/index.ts",
    platform: "src/platform/index.ts",
    // The mock is its own code (nothing of it is in the root): entries named after it, not index.ts, so the
    // via-root plugin leaves them alone. testing-node imports node: modules, left external.
    testing: "src/testing/testing.ts",
    "testing-node": "src/testing/node.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: "es2022",
  platform: "neutral",
  external: ["zod", "eventsource-parser", /^node:/],
  esbuildPlugins: [subpathsViaRoot],
});
