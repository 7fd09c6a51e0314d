// Deno 2, running TypeScript directly; `openrouter-fetch` resolves from compat/node_modules (package.json
// present, so Deno uses the node_modules folder as npm installed it). Run with network access to 127.0.0.1
// only and no env permission: the SDK must treat an unreadable environment as empty.
// Usage: deno run --allow-net=127.0.0.1 --no-prompt --v8-flags=--expose-gc smoke/deno.ts <baseURL>
import * as sdk from "openrouter-fetch";
import * as testing from "openrouter-fetch/testing";
import { resultLine, runScenario } from "./scenario.mjs";

const results = await runScenario(sdk, { testing, baseURL: Deno.args[0]! });
console.log(resultLine(results, { runtime: `deno ${Deno.version.deno}`, resolved: import.meta.resolve("openrouter-fetch") }));
Deno.exit(results.every((r) => r.ok) ? 0 : 1);
