// Checks the links of the built docs site (npx typedoc → docs/api): every relative href and src of every HTML page,
// and every entry of the sidebar (assets/navigation.js, which the pages build in the browser), must name a file
// of the site, and its #anchor an id (or name) in that file. External links (https:, mailto:) are not followed.
// TypeDoc's own validation checks {@link}s and relative paths in comments; this checks what it wrote. And the
// README's links, which must be absolute (npmjs.com shows the README and breaks relative links).
// Usage: node scripts/check-docs-links.mjs [site folder, default docs/api]. Exits 1 on a broken link.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const site = resolve(root, process.argv[2] ?? "docs/api");
if (!existsSync(join(site, "index.html"))) {
  console.error(`${relative(root, site)}/index.html is missing: build the site first (npx typedoc)`);
  process.exit(1);
}

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const pages = files(site).filter((file) => file.endsWith(".html"));

// TypeDoc's assets/*.js hold base64 of deflated JSON, which the pages unpack in the browser.
const packed = (file) => {
  const data = existsSync(file) ? readFileSync(file, "utf8").match(/"([A-Za-z0-9+/=]+)"/)?.[1] : undefined;
  return data ? JSON.parse(inflateSync(Buffer.from(data, "base64")).toString("utf8")) : undefined;
};

const anchorsOf = new Map();
const anchors = (file) => {
  if (!anchorsOf.has(file)) {
    const html = readFileSync(file, "utf8");
    const ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => m[1]));
    // hierarchy.html#X is drawn by assets/hierarchy.js, with one id per type, named after the type's page.
    if (relative(site, file) === "hierarchy.html") {
      for (const { url } of Object.values(packed(join(site, "assets", "hierarchy.js"))?.reflections ?? {})) {
        ids.add(url.split("/").pop().replace(/\.html$/, ""));
      }
    }
    anchorsOf.set(file, ids);
  }
  return anchorsOf.get(file);
};

const broken = [];
let checked = 0;
const checkLink = (from, link, base) => {
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(link)) return; // https:, mailto:, data:, protocol-relative
  checked++;
  const hash = link.indexOf("#");
  const path = hash === -1 ? link : link.slice(0, hash);
  const anchor = hash === -1 ? "" : decodeURIComponent(link.slice(hash + 1));
  let target = path === "" ? from : resolve(base, decodeURIComponent(path.split("?")[0]));
  if (existsSync(target) && statSync(target).isDirectory()) target = join(target, "index.html");
  if (!target.startsWith(site) || !existsSync(target)) {
    broken.push(`${relative(site, from)}: ${link} (no such file)`);
  } else if (anchor !== "" && target.endsWith(".html") && !anchors(target).has(anchor)) {
    broken.push(`${relative(site, from)}: ${link} (no id "${anchor}" in ${relative(site, target)})`);
  }
};

for (const page of pages) {
  const html = readFileSync(page, "utf8")
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<pre\b[^>]*>[\s\S]*?<\/pre>/g, "");
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const link = match[1].replaceAll("&amp;", "&");
    if (link === "" || link === "#") continue;
    checkLink(page, link, dirname(page));
  }
}

// The sidebar: [{ text, path?, children? }], paths relative to the site's root.
const navigation = join(site, "assets", "navigation.js");
const walk = (nodes) => {
  for (const node of nodes) {
    if (node.path) checkLink(navigation, node.path, site);
    if (node.children) walk(node.children);
  }
};
const sidebar = packed(navigation);
if (sidebar) walk(sidebar);
else broken.push("assets/navigation.js: no sidebar data found");

// The README is also npm's page for the package, where a relative link leads nowhere: each of its links is absolute,
// into the docs site (package.json's homepage: a page this build wrote) or into the repository on GitHub (a file
// of this checkout), or an #anchor of the README itself.
const { homepage, repository } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const repoUrl = `${repository.url.replace(/^git\+/, "").replace(/\.git$/, "")}/`;
const readme = readFileSync(join(root, "README.md"), "utf8").replace(/```[\s\S]*?```/g, "");
let readmeLinks = 0;
for (const [, link] of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
  readmeLinks++;
  const [path] = link.split("#");
  if (link.startsWith(homepage)) {
    const file = join(site, path.slice(homepage.length) || "index.html");
    if (!existsSync(file)) broken.push(`README.md: ${link} (no ${relative(root, file)} in the built site)`);
  } else if (link.startsWith(`${repoUrl}blob/main/`) || link.startsWith(`${repoUrl}tree/main/`)) {
    const file = join(root, path.slice(`${repoUrl}blob/main/`.length));
    if (!existsSync(file)) broken.push(`README.md: ${link} (no ${relative(root, file)} in the repository)`);
  } else if (!/^([a-z][a-z0-9+.-]*:|#)/i.test(link)) {
    broken.push(`README.md: ${link} (relative: npmjs.com would break it; link ${homepage}… or ${repoUrl}blob/main/…)`);
  }
}

if (broken.length > 0) {
  console.error(`${broken.length} broken link(s) of ${checked} in ${pages.length} pages:`);
  for (const line of broken.slice(0, 50)) console.error(`  ${line}`);
  process.exit(1);
}
console.log(
  `docs site links: ${checked} relative links in ${pages.length} pages (and the sidebar) all resolve; README: ${readmeLinks} links, all absolute and resolving`,
);
