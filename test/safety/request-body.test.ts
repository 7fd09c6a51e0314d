import ky from "ky";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exchangeAuthCode } from "../../src/account/oauth.js";
import { chat } from "../../src/chat/chat.js";
import { stream } from "../../src/chat/stream.js";
import { createClient } from "../../src/core/client.js";
import type { ClientOptions, RequestOptions } from "../../src/core/options.js";
import { embed } from "../../src/embeddings/embed.js";
import { listModels } from "../../src/models/list-models.js";
import type { ChatResult } from "../../src/types/chat-result.js";
import { TEST_KEY } from "../helpers/nock.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

// SDK options steer the SDK; they are never sent. Every option is set to a value that cannot occur on the wire by
// chance, every request is recorded by the server, and neither the option names nor their values may show up in a
// body or a query string. (Headers carry only what the options say belongs there: Authorization, attribution.)

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const marker = "sdk-option-7f3a";
const MANAGEMENT_KEY = "sk-or-v1-management-7f3a0123456789abcdef0123456789abcdef";
// Required<>: a new option that is not set here fails the type check, so it cannot escape this test.
const clientOptions = (): Required<ClientOptions> => ({
  apiKey: TEST_KEY,
  managementKey: MANAGEMENT_KEY,
  baseURL: server.baseURL,
  defaultModel: "openai/gpt-4o",
  appUrl: `https://${marker}.example`,
  appTitle: `title-${marker}`,
  appCategories: ["cli-agent"],
  routerMetadata: true,
  sessionId: `session-${marker}`,
  timeout: 987_654,
  idleTimeout: 876_543,
  maxRetries: 1,
  maxRetryDelay: 765_432,
  headers: { "x-sdk-marker": marker },
  fetch: (input, init) => globalThis.fetch(input, init),
  ky: ky.create({ context: { marker } }),
  hooks: { beforeRequest: [() => undefined] },
  signal: new AbortController().signal,
  dangerouslyAllowBrowser: false,
  checkModelIds: false,
  postProcessors: [Object.assign((result: ChatResult) => result, { processorName: `processor-${marker}` })],
  catalog: { get: async () => undefined },
  debug: () => undefined,
});
const callOptions = (): RequestOptions => ({ timeout: 654_321, idleTimeout: 543_210, maxRetries: 0, headers: { "x-call-marker": marker }, debug: false });

const everyOption: Record<keyof ClientOptions, true> = {
  ...{ apiKey: true, baseURL: true, defaultModel: true, appUrl: true, appTitle: true, appCategories: true, timeout: true, idleTimeout: true },
  ...{ routerMetadata: true, sessionId: true },
  ...{ maxRetries: true, maxRetryDelay: true, headers: true, fetch: true, signal: true, dangerouslyAllowBrowser: true, checkModelIds: true },
  ...{ postProcessors: true, catalog: true, debug: true, ky: true, hooks: true, managementKey: true },
};
const optionNames = [...Object.keys(everyOption), "prompt"];
const optionValues = [marker, TEST_KEY, MANAGEMENT_KEY, "987654", "876543", "765432", "654321", "543210"];

function expectClean(request: LocalOpenRouter["requests"][number]): void {
  const query = new URL(request.path, "http://x").searchParams;
  for (const name of optionNames) {
    expect(Object.keys(request.body ?? {}), `"${name}" in the body`).not.toContain(name);
    expect([...query.keys()], `"${name}" in the query`).not.toContain(name);
  }
  const sent = `${JSON.stringify(request.body ?? null)} ${request.path}`;
  for (const value of optionValues) expect(sent, `"${value}" sent`).not.toContain(value);
}

function lastRequests(count: number) {
  return server.requests.slice(-count);
}

describe("request bodies never include SDK options", () => {
  const client = () => createClient(clientOptions());

  it("chat(): only the chat params, with prompt turned into messages", async () => {
    await chat(client(), { prompt: "x", temperature: 0.2 }, callOptions());
    const [request] = lastRequests(1);
    expect(request?.body).toEqual({ model: "openai/gpt-4o", messages: [{ role: "user", content: "x" }], temperature: 0.2 });
    expectClean(request!);
  });

  it("stream(): only the chat params and stream: true", async () => {
    await (await stream(client(), { prompt: "x" }, callOptions())).final();
    const [request] = lastRequests(1);
    expect(request?.body).toEqual({ model: "openai/gpt-4o", messages: [{ role: "user", content: "x" }], stream: true });
    expectClean(request!);
  });

  it("listModels(): only the filters in the query, no body", async () => {
    await listModels(client(), { output_modalities: "text" }, callOptions());
    const [request] = lastRequests(1);
    expect(request?.body).toBeUndefined();
    expect(request?.path).toMatch(/\/models\?output_modalities=text$/);
    expectClean(request!);
  });

  it("embed(): only the embedding params", async () => {
    server.enqueue({ body: { data: [{ index: 0, embedding: [0.5] }], model: "openai/text-embedding-3-small" } });
    await embed(client(), { model: "openai/text-embedding-3-small", input: "a" }, callOptions());
    const [request] = lastRequests(1);
    expect(request?.body).toEqual({ model: "openai/text-embedding-3-small", input: "a" });
    expectClean(request!);
  });

  it("exchangeAuthCode(): only the code, and no Authorization header at all", async () => {
    server.enqueue({ body: { key: "sk-or-v1-user-key", user_id: null } });
    await exchangeAuthCode(client(), { code: "one-time-code" }, callOptions());
    const [request] = lastRequests(1);
    expect(request?.body).toEqual({ code: "one-time-code" });
    expect(request?.headers["authorization"]).toBeUndefined();
    expectClean(request!);
  });

  it("retries send the same clean body", async () => {
    server.enqueue({ status: 503, headers: { "retry-after-ms": "1" }, body: { error: { code: 503, message: "busy" } } });
    await chat(client(), { prompt: "x" }, { maxRetries: 1 });
    const [first, second] = lastRequests(2);
    expect(second?.body).toEqual(first?.body);
    expectClean(first!);
    expectClean(second!);
  });
});
