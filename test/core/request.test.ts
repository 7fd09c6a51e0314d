import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chat } from "../../src/chat/chat.js";
import { callOptions, createClient } from "../../src/core/client.js";
import type { ClientOptions } from "../../src/core/options.js";
import { requestJSON } from "../../src/core/request.js";
import { AuthenticationError, ServerError, ValidationError } from "../../src/errors/index.js";
import { TEST_KEY } from "../helpers/nock.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

// The request layer's contracts for the endpoint groups built on it: which key goes where, what a call that
// changes something retries, and multipart bodies rebuilt per attempt.

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const MANAGEMENT_KEY = "sk-or-v1-mgmt-0123456789abcdef0123456789abcdef0123456789abcdef";
const client = (options: ClientOptions = {}) =>
  createClient({ apiKey: TEST_KEY, managementKey: MANAGEMENT_KEY, baseURL: server.baseURL, maxRetries: 1, ...options });
const fail = (status: number) => ({ status, body: { error: { code: status, message: `failed with ${status}` } }, headers: { "retry-after-ms": "1" } });
const since = (start: number) => server.requests.slice(start);

describe("the management key", () => {
  it("is what a management call sends; the inference key is never sent there, nor the management key elsewhere", async () => {
    server.enqueue({ body: { data: [] } });
    const start = server.requests.length;
    await requestJSON(callOptions(client(), undefined), { method: "GET", path: "keys", auth: "management" });
    await chat(client(), { model: "a/b", prompt: "x" });
    const [management, inference] = since(start);
    expect(management?.headers["authorization"]).toBe(`Bearer ${MANAGEMENT_KEY}`);
    expect(inference?.headers["authorization"]).toBe(`Bearer ${TEST_KEY}`);
    expect(JSON.stringify(inference?.headers)).not.toContain(MANAGEMENT_KEY);
  });

  it("is asked for before anything is sent, naming the option, when the client has none", async () => {
    const plain = createClient({ apiKey: TEST_KEY });
    const error = await requestJSON(callOptions(plain, undefined), { method: "GET", path: "keys", auth: "management" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe("managementKey");
    expect(error.message).toMatch(/GET \/keys needs a management key/);
  });

  it("adds the endpoint's hint to a 401, without the key in it", async () => {
    server.enqueue({ status: 401, body: { error: { code: 401, message: `No auth credentials found for ${MANAGEMENT_KEY}` } } });
    const authHint = "this endpoint needs a management key: pass managementKey to createClient()";
    const error = await requestJSON(callOptions(client(), undefined), { method: "GET", path: "keys", auth: "management", authHint }).catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toMatch(/needs a management key: pass managementKey/);
    expect(JSON.stringify(error.body)).not.toContain(MANAGEMENT_KEY);
    expect(error.message).not.toContain(MANAGEMENT_KEY);
  });
});

describe("calls that change something", () => {
  it("are not retried on a 5xx or a dropped connection, which may come after the change was made", async () => {
    server.enqueue(fail(500));
    let start = server.requests.length;
    const error = await requestJSON(callOptions(client(), undefined), { method: "POST", path: "keys", body: { name: "k" }, auth: "management", idempotent: false }).catch((e) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toMatch(/500/);
    expect(since(start)).toHaveLength(1);

    server.enqueue({ reset: true });
    start = server.requests.length;
    const dropped = await requestJSON(callOptions(client(), undefined), { method: "POST", path: "keys", body: { name: "k" }, auth: "management", idempotent: false }).catch((e) => e);
    expect(dropped.name).toBe("ConnectionError");
    expect(since(start)).toHaveLength(1);
  });

  it("are retried on 429 and 408, which mean the request was not acted on", async () => {
    for (const status of [429, 408]) {
      server.enqueue(fail(status), { body: { data: { ok: true } } });
      const start = server.requests.length;
      const { data } = await requestJSON<{ data: { ok: boolean } }>(callOptions(client(), undefined), { method: "POST", path: "keys", body: {}, auth: "management", idempotent: false });
      expect(data.data.ok).toBe(true);
      expect(since(start)).toHaveLength(2);
    }
  });

  it("idempotent calls (the default) are retried on a 5xx as before", async () => {
    server.enqueue(fail(500), { body: { data: { ok: true } } });
    const start = server.requests.length;
    await requestJSON(callOptions(client(), undefined), { method: "DELETE", path: "keys/abc", auth: "management" });
    expect(since(start)).toHaveLength(2);
  });
});

describe("multipart bodies", () => {
  it("are built anew for every attempt and sent with their own boundary", async () => {
    let built = 0;
    const form = () => {
      built++;
      const data = new FormData();
      data.set("purpose", "user_data");
      data.set("file", new Blob(["hello"], { type: "text/plain" }), "hello.txt");
      return data;
    };
    server.enqueue(fail(502), { body: { id: "file-1" } });
    const start = server.requests.length;
    await requestJSON(callOptions(client(), undefined), { method: "POST", path: "files", form });
    expect(built).toBe(2);
    const sent = since(start);
    expect(sent).toHaveLength(2);
    for (const request of sent) {
      expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
      expect(String(request.body)).toContain('filename="hello.txt"');
      expect(String(request.body)).toContain("hello");
    }
  });
});
