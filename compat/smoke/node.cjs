// Node (22 and 24), CommonJS: `require` resolves the package's "require" condition (dist/*.cjs), which itself
// requires the ESM-only eventsource-parser (require(esm)). The scenario is ESM, loaded with import().
// Usage: node --expose-gc smoke/node.cjs <baseURL>
const sdk = require("openrouter-fetch");
const testing = require("openrouter-fetch/testing");
const resolved = require.resolve("openrouter-fetch");

import("./scenario.mjs").then(async ({ resultLine, runScenario }) => {
  if (!resolved.endsWith(".cjs")) throw new Error(`require() resolved ${resolved}, not the CJS build`);
  const results = await runScenario(sdk, { testing, baseURL: process.argv[2] });
  console.log(resultLine(results, { runtime: `node ${process.versions.node}`, resolved }));
  process.exit(results.every((r) => r.ok) ? 0 : 1);
});
