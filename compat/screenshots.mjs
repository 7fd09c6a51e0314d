// The docs site as a reader sees it: serves the built site (npx typedoc → docs/api) on 127.0.0.1, opens the home
// page, the chat() page and a guide in Debian's Chromium (playwright-core, from this folder's install), and saves
// one PNG of each into .ci/out/ (CI keeps them as artefacts). A page fails when it answers other than 200, throws,
// logs an error, asks for a file the site lacks, or draws no heading or no sidebar: so that a broken page is seen,
// not guessed. Usage, from the repo root after `npx typedoc`: node compat/screenshots.mjs [site] [out folder]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, relative, resolve } from "node:path";
import { compat, ensureChromium, installFolder } from "./setup.mjs";

const root = resolve(compat, "..");
const site = resolve(root, process.argv[2] ?? "docs/api");
const out = resolve(root, process.argv[3] ?? ".ci/out");
const shots = [
  { name: "docs-home", path: "index.html" },
  { name: "docs-chat", path: "functions/openrouter-fetch.chat.html" },
  { name: "docs-guide-streaming", path: "documents/Streaming.html" },
];

const missing = shots.filter((shot) => !existsSync(join(site, shot.path)));
if (missing.length > 0) {
  console.error(`not in ${relative(root, site)}: ${missing.map((shot) => shot.path).join(", ")} (build the site first: npx typedoc)`);
  process.exit(1);
}

const env = { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };
mkdirSync(join(compat, ".build"), { recursive: true });
await installFolder(compat, env);
await ensureChromium(join(compat, ".build"), env);
const { chromium } = await import("playwright-core");

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png" };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  // The browser asks for a favicon the site does not have; an empty one keeps its 404 out of the console.
  if (path === "/favicon.ico") return void res.writeHead(200, { "content-type": "image/x-icon" }).end();
  const file = join(site, path.endsWith("/") ? `${path}index.html` : path);
  if (!file.startsWith(site) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;

mkdirSync(out, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), "docs-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  // The machine's network is closed: without the background-networking flags Chromium's own connections fail.
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  viewport: { width: 1280, height: 900 },
  timeout: 30_000,
});
let failed = 0;
try {
  for (const shot of shots) {
    const problems = [];
    const page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => message.type() === "error" && problems.push(`console error: ${message.text()}`));
    page.on("response", (response) => response.status() >= 400 && problems.push(`${response.status()} for ${response.url().replace(origin, "")}`));
    page.on("requestfailed", (request) => request.url().startsWith(origin) && problems.push(`request failed: ${request.url().replace(origin, "")}`));
    const response = await page.goto(`${origin}/${shot.path}`, { waitUntil: "networkidle" });
    if (response?.status() !== 200) problems.push(`answered ${response?.status()}`);
    // The sidebar is drawn by the site's script from assets/navigation.js: wait for its links.
    await page.waitForSelector(".tsd-navigation a", { timeout: 15_000 }).catch(() => problems.push("no sidebar links"));
    const { heading, links } = await page.evaluate(() => ({
      heading: document.querySelector(".tsd-page-title h1, .tsd-typography h1, h1")?.textContent?.trim() ?? "",
      links: document.querySelectorAll(".tsd-navigation a").length,
    }));
    if (!heading) problems.push("no heading");
    const file = join(out, `${shot.name}.png`);
    await page.screenshot({ path: file });
    await page.close();
    console.log(`${problems.length ? "FAIL" : "ok  "} ${shot.path} → ${relative(root, file)} ("${heading}", ${links} sidebar links)`);
    for (const problem of problems) console.log(`     ${problem}`);
    if (problems.length) failed++;
  }
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`docs screenshots: ${shots.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
