// Bun, running TypeScript directly, importing the installed tarball from compat/node_modules.
// Usage: bun smoke/bun.ts <baseURL>
import * as sdk from "openrouter-fetch";
import * as testing from "openrouter-fetch/testing";
import { resultLine, runScenario } from "./scenario.mjs";

// The scenario forces a GC before its abort where globalThis.gc exists; Bun's is Bun.gc.
Object.assign(globalThis, { gc: () => Bun.gc(true) });

const results = await runScenario(sdk, { testing, baseURL: process.argv[2] });
console.log(resultLine(results, { runtime: `bun ${Bun.version}`, resolved: import.meta.resolve("openrouter-fetch") }));
process.exit(results.every((r) => r.ok) ? 0 : 1);
