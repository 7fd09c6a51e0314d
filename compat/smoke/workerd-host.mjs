// Runs the bundled worker (.build/worker.js) in workerd through miniflare and prints its result line.
// Usage (Node >= 22): node smoke/workerd-host.mjs <baseURL> <bundle>
import { Miniflare } from "miniflare";

const [baseURL, bundle] = process.argv.slice(2);
const mf = new Miniflare({
  modules: true,
  scriptPath: bundle,
  compatibilityDate: "2026-07-01",
  bindings: { BASE_URL: baseURL },
});
let ok = false;
try {
  const response = await mf.dispatchFetch("http://compat.local/");
  const line = await response.text();
  console.log(line);
  ok = response.ok && JSON.parse(line).compat.every((r) => r.ok);
} finally {
  await mf.dispose();
}
process.exit(ok ? 0 : 1);
