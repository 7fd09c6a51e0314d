/**
 * The answer of every endpoint the SDK has when a test scripted nothing: valid bodies from the wire captures and
 * the OpenAPI document's examples. One table for the fetch mock (fixtures embedded in ./fixtures.ts, since a browser
 * reads no files) and the SDK's own test server (the same captures read from test/fixtures/).
 *
 * No runtime imports: Node runs this file directly (type stripping).
 */
import type { Script } from "./wire.js";

/** A capture's text, by its file name under test/fixtures/ (e.g. `chat-stream-text.sse`, `platform/key-get.json`). */
export type FixtureLookup = (name: string) => string;

/** A default answer: the first row whose method and path match answers a request that finds the queue empty. */
export interface DefaultRoute {
  method: string;
  /** Matched against the path without the query, e.g. /\/chat\/completions$/. */
  path: RegExp;
  answer: (body: any, path: string) => Script;
}

/** A POST that answers `stream: true` with an SSE fixture and anything else with a JSON one. */
function conversationRoute(fixture: FixtureLookup, path: RegExp, json: string, events: string, generationId: string): DefaultRoute {
  return {
    method: "POST",
    path,
    answer: (body) =>
      body?.stream
        ? { headers: { "content-type": "text/event-stream", "x-generation-id": generationId }, steps: [{ raw: fixture(events) }] }
        : { body: JSON.parse(fixture(json)), headers: { "x-generation-id": generationId } },
  };
}

/** One block per endpoint group; each answers with a valid body taken from the captures or the OpenAPI examples. */
export function defaultRoutes(fixture: FixtureLookup): DefaultRoute[] {
  return [
  // presets first: /presets/{slug}/chat/completions, …/responses and …/messages would match the inference rows below
  ...platformRoutes(fixture, [
    ["GET", /\/presets$/, "listPresets"], ["GET", /\/presets\/[^/]+$/, "getPreset"],
    ["POST", /\/presets\/[^/]+\/chat\/completions$/, "createPresetsChatCompletions"], ["POST", /\/presets\/[^/]+\/messages$/, "createPresetsMessages"],
    ["POST", /\/presets\/[^/]+\/responses$/, "createPresetsResponses"], ["GET", /\/presets\/[^/]+\/versions$/, "listPresetVersions"],
    ["GET", /\/presets\/[^/]+\/versions\/[^/]+$/, "getPresetVersion"],
  ], "platform/presets-examples.json"),
  { method: "POST", path: /\/generation\/feedback$/, answer: () => ({ body: JSON.parse(fixture("platform/generation-feedback.json")) }) },
  { method: "GET", path: /\/generation\/content$/, answer: () => ({ body: JSON.parse(fixture("generation-content.json")) }) },
  { method: "POST", path: /\/auth\/keys\/code$/, answer: () => ({ body: JSON.parse(fixture("auth-code.json")) }) },
  // chat
  {
    method: "POST",
    path: /\/chat\/completions$/,
    answer: (body) => {
      if (body?.stream) return { headers: { "content-type": "text/event-stream", "x-generation-id": "gen-local-stream" }, steps: [{ raw: fixture("chat-stream-text.sse") }] };
      if (Array.isArray(body?.modalities) && body.modalities.includes("image")) return { body: JSON.parse(fixture("chat-image-gemini.json")) };
      return { body: JSON.parse(fixture("chat-nonstream-basic.json")), headers: { "x-generation-id": "gen-local-chat" } };
    },
  },
  // images (native API), embedding models and rerank: before the models row, whose /\/models$/ would answer them
  conversationRoute(fixture, /\/images$/, "images-generate.json", "images-stream.sse", "gen-local-image"),
  { method: "GET", path: /\/images\/models$/, answer: () => ({ body: JSON.parse(fixture("images-models-list.json")) }) },
  { method: "GET", path: /\/images\/models\/[^/]+\/[^/]+\/endpoints$/, answer: () => ({ body: JSON.parse(fixture("images-model-endpoints.json")) }) },
  { method: "GET", path: /\/embeddings\/models$/, answer: () => ({ body: JSON.parse(fixture("embeddings-models-list.json")) }) },
  { method: "POST", path: /\/rerank$/, answer: () => ({ body: JSON.parse(fixture("rerank.json")) }) },
  // models
  { method: "GET", path: /\/models$/, answer: () => ({ body: JSON.parse(fixture("models-list.json")) }) },
  // responses and messages: the text stream of each for `stream: true`, else the non-streamed example
  conversationRoute(fixture, /\/responses$/, "responses-basic.json", "responses-stream-text.sse", "gen-local-response"),
  conversationRoute(fixture, /\/messages$/, "messages-basic.json", "messages-stream-text.sse", "gen-local-message"),
  // audio: speech answers a short tone (WAV for any response_format: players read it), transcription the
  // document's example (verbose_json: with segments and words)
  { method: "POST", path: /\/audio\/speech$/, answer: () => ({ headers: { "content-type": "audio/wav", "x-generation-id": "gen-local-tts" }, body: toneWav() }) },
  {
    method: "POST",
    path: /\/audio\/transcriptions$/,
    answer: (body) => ({ body: JSON.parse(fixture(/verbose_json/.test(typeof body === "string" ? body : String(body?.response_format)) ? "stt-response-verbose.json" : "stt-response.json")) }),
  },
  // videos: a job is submitted pending and polled completed; its content is a few MP4 bytes
  { method: "POST", path: /\/videos$/, answer: () => ({ status: 202, body: JSON.parse(fixture("video-job-pending.json")) }) },
  { method: "GET", path: /\/videos\/models$/, answer: () => ({ body: JSON.parse(fixture("video-models.json")) }) },
  { method: "GET", path: /\/videos\/[^/]+\/content$/, answer: () => ({ headers: { "content-type": "video/mp4" }, body: new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112, 105, 115, 111, 109, 0, 0, 2, 0]) }) },
  { method: "GET", path: /\/videos\/[^/]+$/, answer: () => ({ body: JSON.parse(fixture("video-job-completed.json")) }) },
  // files: every upload is the document's example file; content is a few PDF bytes
  { method: "POST", path: /\/files$/, answer: () => ({ body: JSON.parse(fixture("file.json")) }) },
  { method: "GET", path: /\/files$/, answer: () => ({ body: JSON.parse(fixture("file-list.json")) }) },
  { method: "GET", path: /\/files\/[^/]+\/content$/, answer: () => ({ headers: { "content-type": "application/octet-stream" }, body: "%PDF-1.4\n%%EOF\n" }) },
  { method: "GET", path: /\/files\/[^/]+$/, answer: () => ({ body: JSON.parse(fixture("file.json")) }) },
  { method: "DELETE", path: /\/files\/[^/]+$/, answer: () => ({ body: JSON.parse(fixture("file-deleted.json")) }) },
  // guardrails (test/fixtures/platform/guardrails-examples.json): before part A, whose /\/keys$/ would answer
  // the assignment lists
  ...platformRoutes(fixture, [
    ["GET", /\/guardrails$/, "listGuardrails"], ["POST", /\/guardrails$/, "createGuardrail"],
    ["GET", /\/guardrails\/assignments\/keys$/, "listKeyAssignments"], ["GET", /\/guardrails\/assignments\/members$/, "listMemberAssignments"],
    ["GET", /\/guardrails\/[^/]+$/, "getGuardrail"], ["PATCH", /\/guardrails\/[^/]+$/, "updateGuardrail"], ["DELETE", /\/guardrails\/[^/]+$/, "deleteGuardrail"],
    ["GET", /\/guardrails\/[^/]+\/assignments\/keys$/, "listGuardrailKeyAssignments"], ["POST", /\/guardrails\/[^/]+\/assignments\/keys$/, "bulkAssignKeysToGuardrail"],
    ["POST", /\/guardrails\/[^/]+\/assignments\/keys\/remove$/, "bulkUnassignKeysFromGuardrail"],
    ["GET", /\/guardrails\/[^/]+\/assignments\/members$/, "listGuardrailMemberAssignments"], ["POST", /\/guardrails\/[^/]+\/assignments\/members$/, "bulkAssignMembersToGuardrail"],
    ["POST", /\/guardrails\/[^/]+\/assignments\/members\/remove$/, "bulkUnassignMembersFromGuardrail"],
  ], "platform/guardrails-examples.json"),
  // platform, part A (the OpenAPI document's examples: test/fixtures/platform/)
  { method: "GET", path: /\/keys$/, answer: () => ({ body: JSON.parse(fixture("platform/keys-list.json")) }) },
  { method: "POST", path: /\/keys$/, answer: () => ({ status: 201, body: JSON.parse(fixture("platform/key-create.json")) }) },
  { method: "GET", path: /\/keys\/[^/]+$/, answer: () => ({ body: JSON.parse(fixture("platform/key-get.json")) }) },
  { method: "PATCH", path: /\/keys\/[^/]+$/, answer: () => ({ body: JSON.parse(fixture("platform/key-update.json")) }) },
  { method: "DELETE", path: /\/keys\/[^/]+$/, answer: () => ({ body: { deleted: true } }) },
  { method: "GET", path: /\/models\/user$/, answer: () => ({ body: JSON.parse(fixture("platform/models-user.json")) }) },
  { method: "GET", path: /\/providers$/, answer: () => ({ body: JSON.parse(fixture("platform/providers.json")) }) },
  { method: "GET", path: /\/endpoints\/zdr$/, answer: () => ({ body: JSON.parse(fixture("platform/endpoints-zdr.json")) }) },
  // platform, part B: each answers with the OpenAPI document's example (test/fixtures/platform/plat-b-examples.json)
  ...platformRoutes(fixture, [
    ["GET", /\/byok$/, "listBYOKKeys"], ["POST", /\/byok$/, "createBYOKKey"], ["GET", /\/byok\/[^/]+$/, "getBYOKKey"],
    ["PATCH", /\/byok\/[^/]+$/, "updateBYOKKey"], ["DELETE", /\/byok\/[^/]+$/, "deleteBYOKKey"],
    ["GET", /\/observability\/destinations$/, "listObservabilityDestinations"], ["POST", /\/observability\/destinations$/, "createObservabilityDestination"],
    ["GET", /\/observability\/destinations\/[^/]+$/, "getObservabilityDestination"], ["PATCH", /\/observability\/destinations\/[^/]+$/, "updateObservabilityDestination"],
    ["DELETE", /\/observability\/destinations\/[^/]+$/, "deleteObservabilityDestination"],
    ["GET", /\/workspaces$/, "listWorkspaces"], ["POST", /\/workspaces$/, "createWorkspace"], ["GET", /\/workspaces\/[^/]+$/, "getWorkspace"],
    ["PATCH", /\/workspaces\/[^/]+$/, "updateWorkspace"], ["DELETE", /\/workspaces\/[^/]+$/, "deleteWorkspace"],
    ["GET", /\/workspaces\/[^/]+\/budgets$/, "listWorkspaceBudgets"], ["GET", /\/workspaces\/[^/]+\/budgets\/[^/]+$/, "getWorkspaceBudget"],
    ["PUT", /\/workspaces\/[^/]+\/budgets\/[^/]+$/, "upsertWorkspaceBudget"], ["DELETE", /\/workspaces\/[^/]+\/budgets\/[^/]+$/, "deleteWorkspaceBudget"],
    ["GET", /\/workspaces\/[^/]+\/members$/, "listWorkspaceMembers"], ["POST", /\/workspaces\/[^/]+\/members\/add$/, "bulkAddWorkspaceMembers"],
    ["POST", /\/workspaces\/[^/]+\/members\/remove$/, "bulkRemoveWorkspaceMembers"],
    ["GET", /\/organization\/members$/, "listOrganizationMembers"],
    ["GET", /\/scim\/group-mappings$/, "listScimGroupMappings"], ["POST", /\/scim\/group-mappings$/, "createScimGroupMapping"],
    ["GET", /\/scim\/group-mappings\/[^/]+$/, "getScimGroupMapping"], ["PATCH", /\/scim\/group-mappings\/[^/]+$/, "updateScimGroupMapping"],
    ["DELETE", /\/scim\/group-mappings\/[^/]+$/, "deleteScimGroupMapping"], ["GET", /\/scim\/groups$/, "listScimGroups"],
    ["GET", /\/activity$/, "getUserActivity"], ["GET", /\/analytics\/meta$/, "getAnalyticsMeta"], ["POST", /\/analytics\/query$/, "queryAnalytics"],
    ["GET", /\/benchmarks$/, "getBenchmarks"], ["GET", /\/classifications\/task$/, "getTaskClassifications"],
    ["GET", /\/datasets\/app-rankings$/, "getAppRankings"], ["GET", /\/datasets\/rankings-daily$/, "getRankingsDaily"],
    ["GET", /\/datasets\/session-cost$/, "getSessionCost"],
  ]),
  ];
}

/** Rows that answer with one entry of a file of examples keyed by operationId (read when a request comes). */
function platformRoutes(fixture: FixtureLookup, rows: [string, RegExp, string][], file = "platform/plat-b-examples.json"): DefaultRoute[] {
  return rows.map(([method, path, operationId]) => ({ method, path, answer: () => ({ body: JSON.parse(fixture(file))[operationId] }) }));
}

/** A 0.1 s 440 Hz tone as 16-bit mono PCM WAV at 8 kHz, built on request (no work at import time). */
function toneWav(): Uint8Array {
  const samples = 800;
  const out = new Uint8Array(44 + samples * 2);
  const view = new DataView(out.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, "RIFF");
  view.setUint32(4, 36 + samples * 2, true);
  text(8, "WAVEfmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, 8000, true);
  view.setUint32(28, 16000, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, "data");
  view.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) view.setInt16(44 + i * 2, Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / 8000)), true);
  return out;
}

/**
 * The answer when no script is queued: the first default route that matches, else a 404 in OpenRouter's shape
 * whose message names `who` answered.
 */
export function defaultScript(routes: DefaultRoute[], method: string, path: string, body: any, who = "The mock OpenRouter"): Script {
  const route = routes.find((r) => r.method === method && r.path.test(path));
  if (route) return route.answer(body, path);
  return { status: 404, body: { error: { code: 404, message: `${who} has no route for ${method} ${path}` } } };
}

