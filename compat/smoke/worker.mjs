// Cloudflare Workers (workerd, through miniflare): a module worker whose fetch handler runs the scenario and
// answers with the results. run.mjs bundles it with esbuild (conditions workerd, worker, browser), as wrangler
// would; no nodejs_compat flag, so the SDK must need nothing from Node.
import * as sdk from "openrouter-fetch";
import * as testing from "openrouter-fetch/testing";
import { resultLine, runScenario } from "./scenario.mjs";

export default {
  async fetch(_request, env) {
    const results = await runScenario(sdk, { testing, baseURL: env.BASE_URL });
    return new Response(resultLine(results, { runtime: "workerd" }), { headers: { "content-type": "application/json" } });
  },
};
