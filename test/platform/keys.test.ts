import { describe, expect, it } from "vitest";
import { AuthenticationError, NotFoundError, ResponseValidationError, ServerError, ValidationError } from "../../src/errors/index.js";
import { createApiKey, deleteApiKey, getApiKey, iterateApiKeys, listApiKeys, updateApiKey } from "../../src/platform/index.js";
import { TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";
import { MANAGEMENT_KEY, platformFixture } from "./fixtures.js";

useNock();
const client = (extra = {}) => testClient({ managementKey: MANAGEMENT_KEY, ...extra });
const HASH = "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943";

describe("listApiKeys()", () => {
  it("sends the management key (never the inference key) and returns the page as the wire sent it", async () => {
    api()
      .get("/api/v1/keys")
      .query({ include_disabled: "true", offset: "0", workspace_id: "ws-1" })
      .matchHeader("authorization", `Bearer ${MANAGEMENT_KEY}`)
      .reply(200, platformFixture("keys-list.json"));
    const page = await listApiKeys(client(), { include_disabled: true, offset: 0, workspace_id: "ws-1" });
    expect(page.data[0]?.name).toBe("My Production Key");
    expect(page.data[0]?.limit_remaining).toBe(74.5);
  });

  it("refuses a negative offset before sending", async () => {
    await expect(listApiKeys(client(), { offset: -1 })).rejects.toMatchObject({ name: "ValidationError", field: "offset" });
  });

  it("names data when the answer is not a list", async () => {
    api().get("/api/v1/keys").reply(200, { data: { hash: HASH } });
    await expect(listApiKeys(client())).rejects.toThrow(/data is not an array/);
  });

  it("says a 401 needs a management key, without either key in the message", async () => {
    api().get("/api/v1/keys").reply(401, { error: { code: 401, message: "Missing Authentication header" } });
    const error = await listApiKeys(client()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(String((error as Error).message)).toMatch(/managementKey|OPENROUTER_MANAGEMENT_KEY/);
    expect(JSON.stringify(error)).not.toContain(MANAGEMENT_KEY);
    expect(String(error)).not.toContain(TEST_KEY);
  });

  it("retries a 429", async () => {
    api().get("/api/v1/keys").reply(429, { error: { code: 429, message: "Rate limit exceeded" } }, { "retry-after": "0" });
    api().get("/api/v1/keys").reply(200, platformFixture("keys-list.json"));
    const page = await listApiKeys(client({ maxRetries: 1 }));
    expect(page.data).toHaveLength(1);
  });
});

describe("iterateApiKeys()", () => {
  const keys = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ ...platformFixture("key-get.json").data, hash: `h${from + i}` }));

  it("walks pages of 100 by offset and stops at a short page", async () => {
    api().get("/api/v1/keys").query({ offset: "0" }).reply(200, { data: keys(0, 100) });
    api().get("/api/v1/keys").query({ offset: "100" }).reply(200, { data: keys(100, 3) });
    const hashes: string[] = [];
    for await (const key of iterateApiKeys(client())) hashes.push(key.hash);
    expect(hashes).toHaveLength(103);
    expect(hashes.at(-1)).toBe("h102");
  });

  it("stops at limit without asking for another page", async () => {
    api().get("/api/v1/keys").query({ offset: "0", include_disabled: "true" }).reply(200, { data: keys(0, 100) });
    const hashes: string[] = [];
    for await (const key of iterateApiKeys(client(), { include_disabled: true }, { limit: 5 })) hashes.push(key.hash);
    expect(hashes).toEqual(["h0", "h1", "h2", "h3", "h4"]);
  });

  it("stops when its signal aborts between pages", async () => {
    api().get("/api/v1/keys").query({ offset: "0" }).reply(200, { data: keys(0, 100) });
    const controller = new AbortController();
    const seen: string[] = [];
    const walk = async () => {
      for await (const key of iterateApiKeys(client(), {}, { signal: controller.signal })) {
        seen.push(key.hash);
        if (seen.length === 100) controller.abort();
      }
    };
    await expect(walk()).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toHaveLength(100);
  });
});

describe("getApiKey()", () => {
  it("returns the key with unknown fields kept", async () => {
    const body = platformFixture("key-get.json");
    body.data.brand_new = 1;
    api().get(`/api/v1/keys/${HASH}`).reply(200, body);
    const key = await getApiKey(client(), HASH);
    expect(key.usage_monthly).toBe(25.5);
    expect(key["brand_new"]).toBe(1);
  });

  it("refuses an empty hash and URL-encodes the others", async () => {
    await expect(getApiKey(client(), "")).rejects.toMatchObject({ name: "ValidationError", field: "hash" });
    api().get("/api/v1/keys/a%2Fb").reply(200, platformFixture("key-get.json"));
    await getApiKey(client(), "a/b");
  });

  it("throws NotFoundError on a 404 and ResponseValidationError when data.hash is missing", async () => {
    api().get(`/api/v1/keys/${HASH}`).reply(404, { error: { code: 404, message: "Resource not found" } });
    await expect(getApiKey(client(), HASH)).rejects.toBeInstanceOf(NotFoundError);
    api().get(`/api/v1/keys/${HASH}`).reply(200, { data: { name: "x" } });
    await expect(getApiKey(client(), HASH)).rejects.toThrow(/data\.hash is missing/);
  });
});

describe("createApiKey()", () => {
  it("sends the body and returns the record with the secret shown once", async () => {
    const params = { expires_at: "2027-12-31T23:59:59Z", include_byok_in_limit: true, limit: 50, limit_reset: "monthly", name: "My New API Key" } as const;
    api().post("/api/v1/keys", params).reply(201, platformFixture("key-create.json"));
    const created = await createApiKey(client(), params);
    expect(created.key).toMatch(/^sk-or-v1-/);
    expect(created.data.limit_remaining).toBe(50);
  });

  it("never writes the new secret to a debug line", async () => {
    const fixture = platformFixture("key-create.json");
    api().post("/api/v1/keys").reply(201, fixture);
    const lines: string[] = [];
    await createApiKey(client({ debug: (line: string) => lines.push(line) }), { name: "k" });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toContain(fixture.key);
    expect(lines.join("\n")).not.toContain(MANAGEMENT_KEY);
  });

  it.each([
    [{ name: "" }, "name"],
    [{ name: "k", limit: -1 }, "limit"],
    [{ name: "k", limit_reset: "yearly" }, "limit_reset"],
    [{ name: "k", expires_at: "2027-12-31T23:59:59+02:00" }, "expires_at"],
  ])("refuses %j before sending (field %s)", async (params, field) => {
    const error = await createApiKey(client(), params as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field });
  });

  it("is not retried after a 5xx (the key may exist already), but is after a 429", async () => {
    api().post("/api/v1/keys").reply(500, { error: { code: 500, message: "Internal Server Error" } });
    await expect(createApiKey(client({ maxRetries: 2 }), { name: "k" })).rejects.toBeInstanceOf(ServerError);
    api().post("/api/v1/keys").reply(429, { error: { code: 429, message: "Rate limit exceeded" } }, { "retry-after": "0" });
    api().post("/api/v1/keys").reply(201, platformFixture("key-create.json"));
    await createApiKey(client({ maxRetries: 1 }), { name: "k" });
  });

  it("throws ResponseValidationError without echoing the body when key is missing", async () => {
    const { key: _key, ...noKey } = platformFixture("key-create.json");
    api().post("/api/v1/keys").reply(201, noKey);
    await expect(createApiKey(client(), { name: "k" })).rejects.toThrow(ResponseValidationError);
  });
});

describe("updateApiKey() and deleteApiKey()", () => {
  it("patches only the fields given", async () => {
    api().patch(`/api/v1/keys/${HASH}`, { limit: 75, limit_reset: "daily", disabled: false }).reply(200, platformFixture("key-update.json"));
    const key = await updateApiKey(client(), HASH, { limit: 75, limit_reset: "daily", disabled: false });
    expect(key.limit).toBe(75);
    await expect(updateApiKey(client(), HASH, { name: " " })).rejects.toMatchObject({ field: "name" });
  });

  it("deletes, retrying a 5xx (a delete can be repeated)", async () => {
    api().delete(`/api/v1/keys/${HASH}`).reply(503, { error: { code: 503, message: "busy" } });
    api().delete(`/api/v1/keys/${HASH}`).reply(200, { deleted: true });
    expect(await deleteApiKey(client({ maxRetries: 1 }), HASH)).toEqual({ deleted: true });
  });

  it("names deleted when the answer lacks it", async () => {
    api().delete(`/api/v1/keys/${HASH}`).reply(200, {});
    await expect(deleteApiKey(client(), HASH)).rejects.toThrow(/deleted is missing/);
  });
});
