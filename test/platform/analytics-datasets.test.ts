import { describe, expect, it } from "vitest";
import {
  createByokKey, getActivity, getAnalyticsMeta, getAppRankings, getBenchmarks, getRankingsDaily, getSessionCost, getTaskClassifications,
  iterateAppRankings, iterateSessionCost, queryAnalytics,
} from "../../src/platform/index.js";
import { TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";
import { MANAGEMENT_KEY, V1, examples, fast, managementClient, sharesTheFailurePaths } from "./plat-b-helpers.js";

useNock();
const query = { dimensions: ["model"], granularity: "day", limit: 100, metrics: ["request_count"], time_range: { end: "2025-01-08T00:00:00Z", start: "2025-01-01T00:00:00Z" } };

describe("activity and analytics", () => {
  it("reads the activity of one day, the analytics meta and a query's rows", async () => {
    api().get(`${V1}/activity`).query({ date: "2025-08-24", group_by: "workspace" }).reply(200, examples["getUserActivity"]);
    api().get(`${V1}/analytics/meta`).reply(200, examples["getAnalyticsMeta"]);
    api().post(`${V1}/analytics/query`, query).reply(200, examples["queryAnalytics"]);
    const client = managementClient();
    expect((await getActivity(client, { date: "2025-08-24", group_by: "workspace" })).data[0]?.model).toBe(examples["getUserActivity"].data[0].model);
    expect((await getAnalyticsMeta(client)).metrics[0]?.name).toBe(examples["getAnalyticsMeta"].data.metrics[0].name);
    const result = await queryAnalytics(client, query);
    expect(result.metadata.row_count).toBe(1);
    expect(result.data[0]?.["request_count"]).toBe(1500);
  });

  it("retries an analytics query on 5xx although it is a POST: it only reads", async () => {
    api().post(`${V1}/analytics/query`).reply(502, { error: { code: 502, message: "bad gateway" } }, fast);
    api().post(`${V1}/analytics/query`).reply(200, examples["queryAnalytics"]);
    expect((await queryAnalytics(managementClient({ maxRetries: 1 }), query)).metadata.truncated).toBe(false);
  });

  it("refuses a query without metrics", async () => {
    await expect(queryAnalytics(managementClient(), { metrics: [] })).rejects.toMatchObject({ name: "ValidationError", field: "metrics" });
  });

  sharesTheFailurePaths(
    { method: "GET", path: "/activity", run: (c) => getActivity(c) },
    // Analytics has no create; a BYOK create is the POST that must not be retried.
    { method: "POST", path: "/byok", run: (c) => createByokKey(c, { provider: "openai", key: "sk-x" }) },
  );
});

describe("public datasets (inference key)", () => {
  it("send the inference key, not the management key", async () => {
    api().get(`${V1}/benchmarks`).query({ task_type: "coding", max_results: "10" }).matchHeader("authorization", `Bearer ${TEST_KEY}`).reply(200, examples["getBenchmarks"]);
    const { data, meta } = await getBenchmarks(managementClient(), { task_type: "coding", max_results: 10 });
    expect(data[0]?.model_permaslug).toBe(examples["getBenchmarks"].data[0].model_permaslug);
    expect(meta.as_of).toBe(examples["getBenchmarks"].meta.as_of);
  });

  it("read task classifications, app rankings, daily rankings and session cost", async () => {
    api().get(`${V1}/classifications/task`).query({ window: "7d" }).reply(200, examples["getTaskClassifications"]);
    api().get(`${V1}/datasets/app-rankings`).query({ category: "coding", limit: "10" }).reply(200, examples["getAppRankings"]);
    api().get(`${V1}/datasets/rankings-daily`).query({ period: "week" }).reply(200, examples["getRankingsDaily"]);
    api().get(`${V1}/datasets/session-cost`).reply(200, examples["getSessionCost"]);
    const client = testClient();
    expect((await getTaskClassifications(client, { window: "7d" })).classifications[0]?.tag).toBe(examples["getTaskClassifications"].data.classifications[0].tag);
    expect((await getAppRankings(client, { category: "coding", limit: 10 })).data[0]?.app_name).toBe("Cline");
    expect((await getRankingsDaily(client, { period: "week" })).data.length).toBe(examples["getRankingsDaily"].data.length);
    expect((await getSessionCost(client)).data[0]?.app_slug).toBe("hermes-agent");
  });

  it("walk app rankings and session cost until a short page", async () => {
    const app = examples["getAppRankings"].data[0];
    api().get(`${V1}/datasets/app-rankings`).query({ sort: "trending", offset: "0", limit: "2" }).reply(200, { data: [app, { ...app, rank: 2 }], meta: examples["getAppRankings"].meta });
    api().get(`${V1}/datasets/app-rankings`).query({ sort: "trending", offset: "2", limit: "2" }).reply(200, { data: [], meta: examples["getAppRankings"].meta });
    api().get(`${V1}/datasets/session-cost`).query({ offset: "0", limit: "100" }).reply(200, examples["getSessionCost"]);
    const ranks: number[] = [];
    for await (const a of iterateAppRankings(testClient(), { sort: "trending" }, { pageSize: 2 })) ranks.push(a.rank);
    expect(ranks).toEqual([1, 2]);
    let cells = 0;
    for await (const _ of iterateSessionCost(testClient())) cells++;
    expect(cells).toBe(examples["getSessionCost"].data.length);
  });

  it("say a 401 is about the API key, and name a malformed `data`", async () => {
    api().get(`${V1}/benchmarks`).reply(401, { error: { code: 401, message: "No auth credentials found" } });
    api().get(`${V1}/datasets/rankings-daily`).reply(200, { data: { not: "rows" } });
    const error = await getBenchmarks(testClient()).catch((e: Error) => e);
    expect(error).toMatchObject({ name: "AuthenticationError" });
    expect((error as Error).message).not.toMatch(/managementKey/);
    expect((error as Error).message).not.toContain(TEST_KEY);
    await expect(getRankingsDaily(testClient())).rejects.toThrow(/data is not an array/);
    expect(MANAGEMENT_KEY).not.toBe(TEST_KEY);
  });

  it("retry a 429 (30 requests a minute per key)", async () => {
    api().get(`${V1}/datasets/session-cost`).reply(429, { error: { code: 429, message: "Rate limit exceeded" } }, fast);
    api().get(`${V1}/datasets/session-cost`).reply(200, examples["getSessionCost"]);
    expect((await getSessionCost(testClient({ maxRetries: 1 }))).meta.as_of).toBe(examples["getSessionCost"].meta.as_of);
  });
});
