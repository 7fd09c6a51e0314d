// A local TypeDoc plugin (typedoc.json "plugin"), for two things TypeDoc's options cannot say:
// - The API reference grouped by feature: each export of the root module gets the category of the folder it is
//   declared in (src/chat/ → "Chat", src/platform/keys/ → "Platform: keys"), so the ~240 names read as features,
//   not as one list. A new file is grouped with no tag to write; an explicit `@category` in its TSDoc wins.
// - The guides' order: as the README's Documentation section links them (Getting started first); a guide it does not
//   link follows the one its name starts with (platform-keys after platform), the rest come last.
// - The guides' titles: a docs/*.md page is named after its first "# " heading (shortened), not its file name, so
//   no guide needs front matter.
import { readFileSync } from "node:fs";
import { Comment, CommentTag, Converter, ReflectionKind } from "typedoc";

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
      const heading = document.content
        .map((part) => part.text)
        .join("")
        .match(/^# (.+)$/m);
      // "Audio: speech and transcription" → "Audio", "API keys (openrouter-fetch/platform)" → "API keys": the
      // sidebar and the page's address stay short; the page keeps its whole heading.
      if (heading) document.name = heading[1].replaceAll("`", "").replace(/ \(.*\)$/, "").replace(/: .*$/, "").trim();
    }
  });
}

// Runs before the documents are named after their headings: `name` is still the file's path, docs/streaming.
function orderDocuments(project) {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8").split("## Documentation")[1] ?? "";
  const linked = [...readme.matchAll(/\]\((?:docs\/)?([\w-]+)\.md\)/g)].map((m) => m[1].toLowerCase());
  const rank = (name) => {
    const key = name.split("/").pop().toLowerCase();
    const at = linked.indexOf(key);
    if (at !== -1) return at;
    const parent = linked.findIndex((other) => key.startsWith(`${other}-`));
    return parent === -1 ? linked.length : parent + 0.5;
  };
  const byRank = (a, b) => (a.isDocument() && b.isDocument() ? rank(a.name) - rank(b.name) : 0);
  project.documents?.sort(byRank);
  // Declarations keep their places; the documents among them take the new order.
  const ordered = [...(project.documents ?? [])];
  project.childrenIncludingDocuments = project.childrenIncludingDocuments?.map((child) => (child.isDocument() ? ordered.shift() : child));
}
