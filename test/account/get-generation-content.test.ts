import { describe, expect, it } from "vitest";
import { getGenerationContent } from "../../src/account/index.js";
import { createOpenRouter } from "../../src/openrouter.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { sharedFailurePaths } from "../helpers/endpoint-failures.js";
import { TEST_BASE_URL, TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";

useNock();
/** The OpenAPI document's 200 example of listGenerationContent. */
const example = fixtureJSON("generation-content.json");
const failed = {
  data: {
    input: { prompt: "Hi" },
    output: { completion: null, reasoning: null },
    error: { status: 504, message: "Timed out waiting for the provider", provider_name: "Vertex", raw: null, previous_errors: [{ code: 429, message: "Provider returned error", provider_name: "Google", raw: null }] },
  },
};

describe("getGenerationContent()", () => {
  it("returns the stored input and output, sending the id and the inference key", async () => {
    api().get("/api/v1/generation/content").query({ id: "gen-1234567890" }).matchHeader("authorization", `Bearer ${TEST_KEY}`).reply(200, example);
    const content = await getGenerationContent(testClient(), "gen-1234567890");
    expect(content.output.completion).toBe("The meaning of life is a philosophical question...");
    expect(content.input).toEqual({ messages: [{ content: "What is the meaning of life?", role: "user" }] });
    expect(content.error).toBeNull();
  });

  it("returns the stored failure and each attempt before it", async () => {
    api().get("/api/v1/generation/content").query({ id: "gen-1" }).reply(200, failed);
    const content = await getGenerationContent(testClient(), "gen-1");
    expect(content.error?.status).toBe(504);
    expect(content.error?.previous_errors[0]?.provider_name).toBe("Google");
  });

  it("refuses an empty id before sending, and does not retry a 404", async () => {
    await expect(getGenerationContent(testClient(), "")).rejects.toMatchObject({ name: "ValidationError", field: "id" });
    api().get("/api/v1/generation/content").query({ id: "gen-x" }).reply(404, { error: { code: 404, message: "Resource not found" } });
    await expect(getGenerationContent(testClient({ maxRetries: 2 }), "gen-x")).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("the facade delegates (account.getGenerationContent)", async () => {
    api().get("/api/v1/generation/content").query({ id: "gen-1" }).reply(200, example);
    const or = createOpenRouter({ apiKey: TEST_KEY, baseURL: TEST_BASE_URL, maxRetries: 0 });
    expect((await or.account.getGenerationContent("gen-1")).output.reasoning).toBeNull();
  });
});

sharedFailurePaths({
  name: "getGenerationContent()",
  call: (client, o) => getGenerationContent(client, "gen-1234567890", o),
  malformed: { body: { data: { input: { prompt: "Hi" }, output: "text" } } },
  malformedMessage: "data.output",
});
