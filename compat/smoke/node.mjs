// Node (22 and 24), ESM: `import` resolves the package's "import" condition (dist/*.js).
// Usage: node --expose-gc smoke/node.mjs <baseURL>
import * as sdk from "openrouter-fetch";
import * as testing from "openrouter-fetch/testing";
import { resultLine, runScenario } from "./scenario.mjs";

const results = await runScenario(sdk, { testing, baseURL: process.argv[2] });
console.log(resultLine(results, { runtime: `node ${process.versions.node}`, resolved: import.meta.resolve("openrouter-fetch") }));
process.exit(results.every((r) => r.ok) ? 0 : 1);
