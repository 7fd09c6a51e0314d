// Serves browser.html and the bundle on one origin, opens it in Debian's Chromium through playwright-core,
// and prints the page's result line. playwright's launch() gives the browser a fresh temporary profile
// (--user-data-dir) of its own and removes it on close. The API server is on another port: every call is cross-origin.
// Usage (Node >= 22): node smoke/browser-host.mjs <baseURL> <bundle>
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const [baseURL, bundle] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const files = {
  "/": { type: "text/html; charset=utf-8", body: readFileSync(join(here, "browser.html")) },
  "/bundle.js": { type: "text/javascript; charset=utf-8", body: readFileSync(bundle) },
  "/favicon.ico": { type: "image/x-icon", body: Buffer.alloc(0) },
};
const pages = createServer((req, res) => {
  const file = files[(req.url ?? "/").split("?")[0]];
  if (!file) return void res.writeHead(404).end();
  res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.body);
});
await new Promise((done) => pages.listen(0, "127.0.0.1", done));
const pageURL = `http://127.0.0.1:${pages.address().port}/?api=${encodeURIComponent(baseURL)}`;

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    // window.gc, which the scenario calls before its abort (as on the other runtimes).
    "--js-flags=--expose-gc",
  ],
  timeout: 30_000,
});
const pageErrors = [];
const consoleErrors = [];
let line;
try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  await page.goto(pageURL);
  await page.waitForFunction(() => window.__compatResult !== undefined, null, { timeout: 45_000 });
  line = await page.evaluate(() => window.__compatResult);
} catch (error) {
  line = JSON.stringify({ compat: [{ step: "page", ok: false, ms: 0, error: error.message }] });
} finally {
  await browser.close();
  pages.close();
}
const report = { ...JSON.parse(line), pageErrors, consoleErrors };
console.log(JSON.stringify(report));
process.exit(report.compat.every((r) => r.ok) && pageErrors.length === 0 ? 0 : 1);
