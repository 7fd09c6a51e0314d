// A local TypeDoc plugin (typedoc.json "plugin"), for two things TypeDoc's options cannot say:
// - The API reference grouped by feature: each export of the root module gets the category of the folder it is
//   declared in (src/chat/ → "Chat", src/platform/keys/ → "Platform: keys"), so the ~240 names read as features,
//   not as one list. A new file is grouped with no tag to write; an explicit `@category` in its TSDoc wins.
// - The guides' order: as the README's Documentation section links them (Getting started first); a guide it does not
//   link follows the one its name starts with (platform-keys after platform), the rest come last.
// - The guides' titles: a docs/*.md page is named after its first "# " heading (shortened), not its file name, so
//   no guide needs front matter.
// - The README as the home page: its links are absolute (https://openrouter-fetch.github.io/openrouter-fetch/…, so
//   that they work on npmjs.com); on the site they become relative again, so the site works from disk and
//   check-docs-links.mjs checks them like any other link. Its "Working on this repository" section is for
//   contributors and is left out of the site.
import { readFileSync } from "node:fs";
import { Comment, CommentTag, Converter, PageEvent, ReflectionKind } from "typedoc";

// The docs site's address: package.json's homepage.
const siteUrl = "https://openrouter-fetch.github.io/openrouter-fetch/";
const contributorSection = "## Working on this repository";

// TypeDoc's file name for a page title (its createNormalizedUrl, for the characters our titles use).
const slug = (name) => [...name].map((c) => (/[\w()+,.-]/.test(c) || c.codePointAt(0) >= 160 ? c : "_")).join("");

// "Audio: speech and transcription" → "Audio", "API keys (openrouter-fetch/platform)" → "API keys": the sidebar and
// the page's address stay short; the page keeps its whole heading.
function titleOf(document) {
  const heading = document.content
    .map((part) => part.text)
    .join("")
    .match(/^# (.+)$/m);
  return heading ? heading[1].replaceAll("`", "").replace(/ \(.*\)$/, "").replace(/: .*$/, "").trim() : undefined;
}

// Folders whose category is not their own name. A folder not listed is title-cased ("rerank" → "Rerank").
const categoryOf = {
  core: "Client",
  "openrouter.ts": "Client",
  util: "Client",
  types: "Chat",
  chat: "Chat",
  streaming: "Chat",
  structured: "Structured output",
  postprocess: "Post-processing",
  account: "Account and OAuth",
  responses: "Responses API",
  messages: "Messages API",
};

const acronyms = { byok: "BYOK", scim: "SCIM" };

const rootModule = "openrouter-fetch";

function category(fileName) {
  const parts = fileName.replaceAll("\\", "/").split("/src/").pop().split("/");
  if (parts[0] === "platform" && parts.length > 2) return `Platform: ${acronyms[parts[1]] ?? parts[1]}`;
  const name = categoryOf[parts[0]];
  return name ?? parts[0].charAt(0).toUpperCase() + parts[0].slice(1).replaceAll("-", " ");
}

const hasCategory = (comment) => comment?.blockTags.some((tag) => tag.tag === "@category") ?? false;

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const reflection of Object.values(project.reflections)) {
      if (!reflection.isDeclaration() || reflection.kindOf(ReflectionKind.Reference)) continue;
      const parent = reflection.parent;
      if (!parent?.kindOf(ReflectionKind.Module) || parent.name !== rootModule) continue;
      const signatures = reflection.getNonIndexSignatures();
      if (hasCategory(reflection.comment) || signatures.some((s) => hasCategory(s.comment))) continue;
      const fileName = project.getSymbolIdFromReflection(reflection)?.fileName;
      if (!fileName) continue;
      const tag = new CommentTag("@category", [{ kind: "text", text: category(fileName) }]);
      // A function's TSDoc lives on its signature; a comment-less reflection gets an empty one for the tag.
      const comment = reflection.comment ?? signatures[0]?.comment ?? (reflection.comment = new Comment());
      comment.blockTags.push(tag);
    }
    orderDocuments(project);
    for (const document of project.getReflectionsByKind(ReflectionKind.Document)) {
      const title = titleOf(document);
      if (title) document.name = title;
    }
  });
  // After TypeDoc's own listeners, which read the README into project.readme.
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      dropContributorSection(context.project);
      dropTitle(context.project);
    },
    -100,
  );
  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents) return;
    const up = "../".repeat(page.url.split("/").length - 1);
    page.contents = page.contents.replaceAll(`href="${siteUrl}`, `href="${up}`).replaceAll(`href="${up}"`, `href="${up}index.html"`);
  });
}

// The home page shows the project's name as its title already; the README's own "# openrouter-fetch" would say it
// twice.
function dropTitle(project) {
  const first = project.readme?.[0];
  if (first?.kind === "text") first.text = first.text.replace(/^# .*\n+/, "");
}

// The section's text and links are dropped up to the next "## " heading, which stays with what follows it.
function dropContributorSection(project) {
  const parts = project.readme ?? [];
  const start = parts.findIndex((part) => part.kind === "text" && part.text.includes(contributorSection));
  if (start === -1) return;
  const first = parts[start].text;
  const kept = [...parts.slice(0, start), { kind: "text", text: first.slice(0, first.indexOf(contributorSection)) }];
  let rest = first.slice(first.indexOf(contributorSection) + contributorSection.length);
  for (let at = start; at < parts.length; at++) {
    if (at > start) {
      if (parts[at].kind !== "text") continue;
      rest = parts[at].text;
    }
    const next = rest.search(/^## /m);
    if (next !== -1) {
      kept.push({ kind: "text", text: rest.slice(next) }, ...parts.slice(at + 1));
      break;
    }
  }
  project.readme = kept;
}

// Runs before the documents are named after their headings: `name` is still the file's path, docs/streaming. The
// README links a guide by its page on the site (documents/Streaming.html), which is named after its title.
function orderDocuments(project) {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8").split("## Documentation")[1] ?? "";
  const linked = [...readme.matchAll(/\]\([^)]*\/documents\/([^)/#]+)\.html[^)]*\)/g)].map((m) => m[1]);
  const documents = (project.documents ?? []).filter((document) => document.isDocument());
  const fileOf = (name) => name.split("/").pop().toLowerCase();
  const linkedAt = new Map(documents.map((document) => [fileOf(document.name), linked.indexOf(slug(titleOf(document) ?? ""))]));
  const rank = (name) => {
    const key = fileOf(name);
    const at = linkedAt.get(key) ?? -1;
    if (at !== -1) return at;
    const parent = [...linkedAt].find(([other, index]) => index !== -1 && key.startsWith(`${other}-`));
    return parent === undefined ? linked.length : parent[1] + 0.5;
  };
  const byRank = (a, b) => (a.isDocument() && b.isDocument() ? rank(a.name) - rank(b.name) : 0);
  project.documents?.sort(byRank);
  // Declarations keep their places; the documents among them take the new order.
  const ordered = [...(project.documents ?? [])];
  project.childrenIncludingDocuments = project.childrenIncludingDocuments?.map((child) => (child.isDocument() ? ordered.shift() : child));
}
