// The layer rules of src/ (docs: architecture.md, "Dependencies point one way"), checked by `npm run lint:deps`
// in CI and by test/architecture/dependency-rules.test.ts, which also plants a violation of each rule to prove it
// fires. Layers, bottom first:
//
//   types ← util ← errors ← core ← streaming ← features ← facade (src/openrouter.ts) ← index (src/index.ts)
//
// Type-only imports count everywhere (tsPreCompilationDeps): a type import is still a dependency a reader must
// follow, and a type-only cycle is still a cycle.

/** The folders under src/ that are not features; every other folder is one, including folders not written yet. */
const infrastructure = ["types", "util", "errors", "core", "streaming"];

/**
 * Features that are entries of their own and that nothing else imports: `testing/` (openrouter-fetch/testing, the
 * mock OpenRouter) sits beside the SDK, not in it, so no feature, facade or index can pull the mock into an app.
 */
const standalone = ["testing"];

/**
 * The only imports allowed from one feature folder into another: `from: { to: why }`. A feature with no entry
 * imports no other feature. Adding an arrow is a design decision; write down why, and keep the graph acyclic.
 */
const arrows = {
  chat: {
    models: "model ids are checked before sending (checkModelId)",
    postprocess: "chat() and stream().final() run the post-processors",
    structured: "the `schema` option: the structured request and the parsing of its answer",
  },
  audio: {
    models: "model ids are checked before sending (checkModelId)",
  },
  embeddings: {
    models: "model ids are checked before sending (checkModelId)",
  },
  images: {
    chat: "generateImage() is a chat request with image modalities",
    models: "the native image catalog reuses the catalog's response checks (breaks, dataOf) and modelPath",
    postprocess: "the modality guard's image-only check, and decodeDataUrl for generated images",
  },
  messages: {
    models: "model ids are checked before sending (checkModelId)",
    structured: "the `schema` option: output_config.format and the answer's JSON validated",
  },
  platform: {
    messages: "createPresetFromMessages() takes the body of createMessage() (MessagesParams, and its field set for the camelCase check)",
    responses: "createPresetFromResponses() takes the body of createResponse() (ResponsesParams, and its field set for the camelCase check)",
  },
  postprocess: {
    models: "model facts (catalog lookups, Anthropic's json_object refusal) for the modality guard",
  },
  rerank: {
    models: "model ids are checked before sending (checkModelId)",
  },
  responses: {
    images: "sniffMediaType: image_generation_call results are bare base64",
    models: "model ids are checked before sending (checkModelId)",
    postprocess: "the reasoning fallback and decodeDataUrl apply to a response's result",
    structured: "the `schema` option: text.format and the answer's JSON validated",
  },
  routing: {
    models: "routing re-exports checkModelId beside parseModelId",
  },
  structured: {
    models: "model facts: which models take json_schema, and the JSON instruction for the others",
    postprocess: "the answer's JSON is read by the same extraction as jsonExtraction",
  },
  videos: {
    models: "model ids are checked before sending (checkModelId)",
  },
  tools: {
    chat: "runTools() loops over chat() and stream()",
    structured: "tool parameters are Standard Schemas: JSON Schema out, arguments validated in",
  },
};

const below = (...folders) => `^src/(${folders.join("|")})/`;
// Group 1 is the folder's name, for "$1" in a rule's `to`.
const anyFeature = `^src/(?!(?:${infrastructure.join("|")})/)([^/]+)/`;

/** One rule per feature that has arrows: it may import its own folder, the layers below, and its arrows' ends. */
const declaredArrowRules = Object.entries(arrows).map(([feature, targets]) => ({
  name: "feature-to-undeclared-feature",
  severity: "error",
  comment: `${feature}/ imports another feature only along a declared arrow (${Object.keys(targets).join(", ")})`,
  from: { path: `^src/${feature}/` },
  to: { path: anyFeature, pathNot: below(feature, ...Object.keys(targets)) },
}));

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "types-import-nothing",
      severity: "error",
      comment: "src/types/ is the shared vocabulary at the bottom: it imports nothing of the SDK but itself",
      from: { path: "^src/types/" },
      to: { path: "^src/", pathNot: below("types") },
    },
    {
      name: "util-only-types",
      severity: "error",
      comment: "src/util/ holds pure helpers: they may use the shared types and each other, nothing else",
      from: { path: "^src/util/" },
      to: { path: "^src/", pathNot: below("util", "types") },
    },
    {
      name: "errors-only-types-util",
      severity: "error",
      comment: "src/errors/ sits under the core: an error class never needs the transport or a feature",
      from: { path: "^src/errors/" },
      to: { path: "^src/", pathNot: below("errors", "types", "util") },
    },
    {
      name: "core-only-types-util-errors",
      severity: "error",
      comment: "src/core/ knows no feature: what it needs of one (a model fact, a post-processor) is passed in",
      from: { path: "^src/core/" },
      to: { path: "^src/", pathNot: below("core", "errors", "types", "util") },
    },
    {
      name: "ky-only-in-transport",
      severity: "error",
      comment: "src/core/transport.ts is the one module that calls ky: swapping or upgrading it touches one file",
      from: { pathNot: "^src/core/transport\\.ts$" },
      to: { path: ["(^|/)node_modules/ky/", "^ky(/|$)"] },
    },
    {
      name: "streaming-only-core-and-below",
      severity: "error",
      comment: "src/streaming/ turns a response body into typed chunks for any feature: it knows none of them",
      from: { path: "^src/streaming/" },
      to: { path: "^src/", pathNot: below("streaming", "core", "errors", "types", "util") },
    },
    ...declaredArrowRules,
    {
      name: "standalone-imported-by-nothing",
      severity: "error",
      comment: "testing/ is a subpath of its own: no feature, the facade or the root index imports it",
      from: { pathNot: `^src/(${standalone.join("|")})/` },
      to: { path: `^src/(${standalone.join("|")})/` },
    },
    {
      name: "standalone-only-infrastructure",
      severity: "error",
      comment: "testing/ speaks the wire format; it may use the layers below the features, never a feature",
      from: { path: `^src/(${standalone.join("|")})/` },
      to: { path: "^src/", pathNot: `^src/(${[...standalone, ...infrastructure].join("|")})/` },
    },
    {
      name: "feature-to-undeclared-feature",
      severity: "error",
      comment: "a feature folder with no declared arrow (a new one, say) imports no other feature",
      from: { path: anyFeature, pathNot: `^src/(${Object.keys(arrows).join("|")})/` },
      to: { path: anyFeature, pathNot: "^src/$1/" },
    },
    {
      name: "plain-data-never-reaches-core",
      severity: "error",
      comment:
        "routing/ and postprocess/ work on plain data and would work on another client's output: nothing they " +
        "import, directly or through an arrow, reaches the transport or the stream reader",
      from: { path: "^src/(routing|postprocess)/" },
      to: { path: below("core", "streaming"), reachable: true },
    },
    {
      name: "facade-only-from-index",
      severity: "error",
      comment: "src/openrouter.ts delegates to the features; only src/index.ts re-exports it",
      from: { pathNot: "^src/index\\.ts$" },
      to: { path: "^src/openrouter\\.ts$" },
    },
    {
      name: "index-is-the-top",
      severity: "error",
      comment: "src/index.ts is the package's entry: code inside the SDK imports the module that holds a thing",
      from: {},
      to: { path: "^src/index\\.ts$" },
    },
    {
      name: "no-circular",
      severity: "error",
      comment: "no import cycles, type-only ones included: each module can be read after the ones it imports",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-orphans",
      severity: "error",
      comment: "a module nothing imports is dead code or an entry point nobody listed",
      from: { orphan: true },
      to: {},
    },
    {
      name: "no-unresolvable",
      severity: "error",
      comment: "an import the cruiser cannot resolve would slip past every rule above",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    // ky, zod and eventsource-parser are ESM packages with an exports map and no "main" to fall back on.
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "default"] },
  },
};
