// The local OpenRouter for the examples (scripts/run-examples.mjs) and the demo (scripts/demo.mjs): the project's
// test server (test/server/openrouter-server.ts) with a route that answers each chat request with what it asks
// for (example-replies.mjs): a scripted tool loop that ends with an answer, JSON for structured requests, a PNG
// for image requests, a streamed answer for `stream: true`. `GET /models` and anything else get the test
// server's fixture defaults (the captures in test/fixtures/).
//
// Needs Node >= 22.18 (imports the .ts server with type stripping); the repo's Node 24 runs it.
// `node scripts/example-server.mjs` starts it alone and prints its base URL, to run one example by hand:
//   OPENROUTER_BASE_URL=<printed URL> node examples/tools.ts
// (PACE=40 spaces streamed pieces 40 ms apart, as the demo does.)
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { replyTo } from "./example-replies.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Starts the test server on an ephemeral port of 127.0.0.1.
 * @param {{ pace?: number }} [options] `pace`: milliseconds between streamed pieces (0: as fast as possible).
 * @returns {Promise<{ baseURL: string, requests: { method: string, path: string, model?: string }[], close: () => Promise<void> }>}
 */
export async function startExampleServer({ pace = 0 } = {}) {
  const { startLocalOpenRouter } = await import(resolve(root, "test/server/openrouter-server.ts"));
  let generation = 0;
  const local = await startLocalOpenRouter({
    route: ({ method, path, body }) =>
      method === "POST" && path.endsWith("/chat/completions") && !path.includes("/presets/") && body && typeof body === "object" ? scriptFor(body, ++generation, pace) : undefined,
  });
  return {
    baseURL: local.baseURL,
    get requests() {
      return local.requests
        .filter((r) => r.method !== "OPTIONS")
        .map((r) => ({ method: r.method, path: r.path.split("?")[0], ...(typeof r.body?.model === "string" ? { model: r.body.model } : {}) }));
    },
    close: () => local.close(),
  };
}

/** The test-server script (a JSON body, or SSE steps) that carries the reply, in OpenRouter's wire format. */
function scriptFor(body, n, pace) {
  const reply = replyTo(body);
  const id = `gen-local-${Date.now()}-${n}`;
  const model = typeof body.model === "string" ? body.model : Array.isArray(body.models) && body.models.length ? body.models[0] : "openrouter/auto";
  const toolCalls = (reply.toolCalls ?? []).map((call, index) => ({ type: "function", index, id: `call_local_${n}_${index}`, function: { name: call.name, arguments: JSON.stringify(call.args) } }));
  const images = reply.image ? [{ type: "image_url", image_url: { url: reply.image.dataUrl }, index: 0 }] : undefined;
  const content = toolCalls.length ? null : (reply.content ?? "");
  const finish = toolCalls.length ? "tool_calls" : "stop";
  const usage = usageFor(body, `${content ?? ""}${toolCalls.map((c) => c.function.arguments).join("")}`, images ? 1290 : 0);
  const headers = { "x-generation-id": id };
  const base = { id, provider: "Local mock", model, created: Math.floor(Date.now() / 1000) };

  if (!body.stream) {
    const message = { role: "assistant", content, refusal: null, reasoning: null, ...(toolCalls.length ? { tool_calls: toolCalls } : {}), ...(images ? { images } : {}) };
    return { headers, body: { ...base, object: "chat.completion", choices: [{ index: 0, logprobs: null, finish_reason: finish, native_finish_reason: finish, message }], usage } };
  }

  const chunk = (delta, finishReason = null, extra = {}) => ({ data: { ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finishReason, native_finish_reason: finishReason, logprobs: null }], ...extra } });
  const wait = pace > 0 ? [{ wait: pace }] : [];
  const steps = [{ comment: "OPENROUTER PROCESSING" }, chunk({ role: "assistant", content: "" })];
  // Word by word, spaces kept, the way providers send text deltas.
  for (const piece of (content ?? "").match(/\s*\S+|\s+$/g) ?? []) steps.push(...wait, chunk({ role: "assistant", content: piece }));
  for (const call of toolCalls) {
    const args = call.function.arguments;
    const half = Math.ceil(args.length / 2);
    steps.push(...wait, chunk({ role: "assistant", content: null, tool_calls: [{ index: call.index, id: call.id, type: "function", function: { name: call.function.name, arguments: "" } }] }));
    for (const part of [args.slice(0, half), args.slice(half)]) if (part) steps.push(chunk({ tool_calls: [{ index: call.index, function: { arguments: part } }] }));
  }
  if (images) steps.push(chunk({ role: "assistant", content: "", images }));
  steps.push(chunk({ role: "assistant", content: "" }, finish), { data: { ...base, object: "chat.completion.chunk", choices: [], usage } }, { done: true });
  return { headers: { ...headers, "content-type": "text/event-stream" }, steps };
}

/** Token counts estimated at four characters a token, priced like openai/gpt-4.1-nano ($0.10 / $0.40 per million). */
function usageFor(body, completionText, imageTokens) {
  const prompt_tokens = Math.max(1, Math.ceil(JSON.stringify(body.messages ?? "").length / 4));
  const completion_tokens = Math.max(1, Math.ceil(completionText.length / 4)) + imageTokens;
  const cost = Number((prompt_tokens * 1e-7 + completion_tokens * 4e-7).toPrecision(6));
  return {
    prompt_tokens,
    completion_tokens,
    total_tokens: prompt_tokens + completion_tokens,
    cost,
    is_byok: false,
    prompt_tokens_details: { cached_tokens: 0, cache_write_tokens: 0, audio_tokens: 0, video_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, image_tokens: imageTokens, audio_tokens: 0 },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startExampleServer({ pace: Number(process.env.PACE ?? 0) });
  console.log(server.baseURL);
  process.on("SIGINT", () => void server.close().then(() => process.exit(0)));
}
