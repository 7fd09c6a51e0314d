// Shared by the part-B platform tests: the OpenAPI examples, a client with a management key, and the failure paths
// every resource shares, run against one read call and one create call of that resource.
import { expect, it } from "vitest";
import type { Client } from "../../src/core/client.js";
import { TEST_BASE_URL, TEST_KEY, api, testClient } from "../helpers/nock.js";
import { fixtureJSON } from "../helpers/fixtures.js";

export const MANAGEMENT_KEY = "sk-or-v1-mgmt456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
/** The 200/201 example of each operation, keyed by operationId (test/fixtures/README.md). */
export const examples = fixtureJSON<Record<string, any>>("platform/plat-b-examples.json");
export const fast = { "retry-after-ms": "1" };
export const V1 = "/api/v1";

export function managementClient(options: Parameters<typeof testClient>[0] = {}): Client {
  return testClient({ managementKey: MANAGEMENT_KEY, ...options });
}

/** One call of a resource, as nock sees it. */
export interface Call {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** The path after /api/v1, with its query when it has one. */
  path: string;
  run: (client: Client) => Promise<unknown>;
}

function intercept(call: Call) {
  const scope = api();
  const path = `${V1}${call.path}`;
  switch (call.method) {
    case "GET":
      return scope.get(path);
    case "POST":
      return scope.post(path);
    case "PATCH":
      return scope.patch(path);
    case "PUT":
      return scope.put(path);
    case "DELETE":
      return scope.delete(path);
  }
}

/**
 * The failure paths of a management resource: the management key is sent (never the inference key), a 401/403
 * names `managementKey`, a 404 is a NotFoundError, a 429 is retried, a 5xx is retried on a read but not on a
 * create, and a body without `data` is a ResponseValidationError.
 */
export function sharesTheFailurePaths(read: Call, create: Call): void {
  it("sends the management key, never the inference key", async () => {
    intercept(read).matchHeader("authorization", `Bearer ${MANAGEMENT_KEY}`).reply(200, { data: [] , deleted: true});
    await read.run(managementClient()).catch(() => undefined);
  });

  it("says a 401 or 403 needs a management key, naming the option and the variable", async () => {
    intercept(read).reply(401, { error: { code: 401, message: "Invalid management key" } });
    const error = await read.run(managementClient()).catch((e: Error) => e);
    expect(error).toMatchObject({ name: "AuthenticationError", status: 401 });
    expect((error as Error).message).toMatch(/managementKey/);
    expect((error as Error).message).toMatch(/OPENROUTER_MANAGEMENT_KEY/);
    expect((error as Error).message).not.toContain(MANAGEMENT_KEY);
    expect((error as Error).message).not.toContain(TEST_KEY);
    intercept(read).reply(403, { error: { code: 403, message: "Forbidden" } });
    const forbidden = await read.run(managementClient()).catch((e: Error) => e);
    expect((forbidden as Error).message).toMatch(/management key/);
  });

  it("throws NotFoundError on a 404", async () => {
    intercept(read).reply(404, { error: { code: 404, message: "Not found" } });
    await expect(read.run(managementClient())).rejects.toMatchObject({ name: "NotFoundError", status: 404 });
  });

  it("retries a read on 429 and on 5xx", async () => {
    intercept(read).reply(429, { error: { code: 429, message: "slow down" } }, fast);
    intercept(read).reply(502, { error: { code: 502, message: "bad gateway" } }, fast);
    intercept(read).reply(200, { data: [], deleted: true });
    await read.run(managementClient({ maxRetries: 2 })).catch(() => undefined);
  });

  it("does not retry a create on 5xx (it may have taken effect), but does on 429", async () => {
    intercept(create).reply(500, { error: { code: 500, message: "boom" } }, fast);
    await expect(create.run(managementClient({ maxRetries: 2 }))).rejects.toMatchObject({ status: 500 });
    intercept(create).reply(429, { error: { code: 429, message: "slow down" } }, fast);
    intercept(create).reply(500, { error: { code: 500, message: "boom" } }, fast);
    await expect(create.run(managementClient({ maxRetries: 2 }))).rejects.toMatchObject({ status: 500 });
  });

  it("throws ResponseValidationError naming `data` when the answer lacks it", async () => {
    intercept(read).reply(200, { items: [] });
    const error = await read.run(managementClient()).catch((e: Error) => e);
    expect(error).toMatchObject({ name: "ResponseValidationError" });
    expect((error as Error).message).toMatch(/\bdata\b/);
  });
}

export { TEST_BASE_URL };
