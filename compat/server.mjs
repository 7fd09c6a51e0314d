// The compat matrix's OpenRouter: the project's local test server (test/server/openrouter-server.ts) with a route
// that picks scripted answers by model name, since a Bun, Deno, workerd or browser process cannot call
// `enqueue()` on a server living in another process:
//   model "compat/midstream-error" -> the chat-stream-midstream-error.sse fixture (an error chunk after 2 deltas)
//   model "compat/slow"            -> one delta, then a stall that keeps the socket open until the client hangs up
// Everything else gets the server's fixture defaults. The server answers CORS preflights, echoing the requested
// headers by name (the Fetch standard leaves `Authorization` out of `*`).
//
// Needs Node >= 22.18 (imports the .ts server with type stripping); run.mjs runs on the repo's Node 24.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The model names the route maps to scripts. */
export const MODELS = { midstreamError: "compat/midstream-error", slow: "compat/slow" };

/**
 * Starts the local OpenRouter on an ephemeral port of 127.0.0.1.
 * @returns {Promise<{ baseURL: string, requests: () => number, close: () => Promise<void> }>}
 */
export async function startCompatServer() {
  const { startLocalOpenRouter, fixtureText } = await import(resolve(root, "test/server/openrouter-server.ts"));
  const scripts = {
    [MODELS.midstreamError]: () => ({ steps: [{ raw: fixtureText("chat-stream-midstream-error.sse") }] }),
    [MODELS.slow]: () => ({
      steps: [
        { comment: "OPENROUTER PROCESSING" },
        { data: { id: "gen-compat-slow", object: "chat.completion.chunk", model: MODELS.slow, choices: [{ index: 0, delta: { role: "assistant", content: "Thinking" }, finish_reason: null }] } },
        { stall: true },
      ],
    }),
  };
  const local = await startLocalOpenRouter({ route: ({ body }) => scripts[body?.model]?.() });
  return {
    baseURL: local.baseURL,
    // Preflights are not requests the SDK made.
    requests: () => local.requests.filter((r) => r.method !== "OPTIONS").length,
    close: () => local.close(),
  };
}

// `node compat/server.mjs` starts it by itself and prints the base URL (for trying a runtime by hand).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startCompatServer();
  console.log(server.baseURL);
  process.on("SIGINT", () => void server.close().then(() => process.exit(0)));
}
