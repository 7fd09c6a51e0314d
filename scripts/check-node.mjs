// npm puts node_modules/.bin first on PATH, so the pinned `node` devDependency (24) runs the tests even where the
// machine's own node is 20. When install scripts were skipped, that binary is missing and vitest would crash with
// an obscure `Map.groupBy is not a function`; say what to do instead.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `openrouter-fetch's tests need Node >= 22.12 but are running on ${process.versions.node}.\n` +
      "The project pins Node 24 as a devDependency; its install script did not run (npm ci --ignore-scripts?).\n" +
      "Fix: npm rebuild node   (then run npm test again)",
  );
  process.exit(1);
}
