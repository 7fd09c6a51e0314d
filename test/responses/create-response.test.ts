import { describe, expect, it } from "vitest";
import * as z from "zod";
import { APIError, RateLimitError, ResponseValidationError, ValidationError } from "../../src/errors/index.js";
import { createResponse } from "../../src/responses/index.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";

useNock();

const basic = () => fixtureJSON("responses-basic.json");
const items = () => fixtureJSON("responses-output-items.json");

describe("createResponse()", () => {
  it("posts the request as given, OpenRouter's extensions and unknown keys included, and joins the text", async () => {
    const params = {
      model: "openai/gpt-4o",
      input: "Tell me a joke",
      provider: { order: ["OpenAI"] },
      plugins: [{ id: "web" }],
      session_id: "s-1",
      trace: { run: "r1" },
      future_field: 1,
    };
    api().post("/api/v1/responses", params).matchHeader("authorization", `Bearer ${TEST_KEY}`).reply(200, basic(), { "x-generation-id": "gen-r1" });
    const result = await createResponse(testClient(), params);
    expect(result.text).toBe("Why did the chicken cross the road? To get to the other side!");
    expect(result.id).toBe("resp_abc123");
    expect(result.generationId).toBe("gen-r1");
    expect(result.status).toBe("completed");
    expect(result.usage?.total_tokens).toBe(30);
    expect(result.reasoning).toBeUndefined();
    expect(result.raw).toEqual(basic());
  });

  it("reads reasoning summaries, function calls with arguments parsed on demand, and images", async () => {
    api().post("/api/v1/responses").reply(200, items());
    const result = await createResponse(testClient(), { model: "openai/gpt-4o", input: "x" });
    expect(result.text).toBe("The capital of France is Paris.");
    expect(result.reasoning).toBe("Analyzed the problem and found the optimal solution.");
    expect(result.toolCalls).toHaveLength(1);
    expect(result.toolCalls[0]).toMatchObject({ callId: "call-abc123", name: "get_weather", arguments: '{"location":"San Francisco"}' });
    expect(result.toolCalls[0]?.parseArguments()).toEqual({ location: "San Francisco" });
    expect(result.images).toHaveLength(1);
    expect(result.images[0]?.mimeType).toBe("image/png");
    expect(result.images[0]?.bytes.slice(0, 4)).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    expect(result.usage?.cost).toBe(0.0012);
    expect(result.generationId).toBe("resp-abc123");
    // The output goes back as the next input as it is.
    expect(result.output).toBe(result.raw.output);
  });

  it("sends the output items back as the next turn's input", async () => {
    api().post("/api/v1/responses").reply(200, items());
    const first = await createResponse(testClient(), { model: "openai/gpt-4o", input: "x" });
    const next = { model: "openai/gpt-4o", input: [{ role: "user" as const, content: "x" }, ...first.output, { type: "function_call_output" as const, call_id: "call-abc123", output: "sunny" }] };
    api().post("/api/v1/responses", JSON.parse(JSON.stringify(next))).reply(200, basic());
    expect((await createResponse(testClient(), next)).text).toContain("chicken");
  });

  it("falls back to the reasoning when a response has no output text", async () => {
    const body = { ...basic(), output: [items().output[0]] };
    api().post("/api/v1/responses").reply(200, body);
    const result = await createResponse(testClient(), { model: "openai/gpt-4o", input: "x" });
    expect(result.text).toBe("Analyzed the problem and found the optimal solution.");
    expect(result.raw.output).toHaveLength(1);
  });

  it("parses json for a JSON text.format, and validates it with a schema sent as text.format", async () => {
    const answer = (text: string) => ({ ...basic(), output: [{ ...basic().output[0], content: [{ type: "output_text", text, annotations: [] }] }] });
    api().post("/api/v1/responses").reply(200, answer('```json\n{"ok": true}\n```'));
    const plain = await createResponse(testClient(), { model: "openai/gpt-4o", input: "x", text: { format: { type: "json_object" } } });
    expect(plain.json).toEqual({ ok: true });

    let sent: any;
    api().post("/api/v1/responses", (b) => ((sent = b), true)).reply(200, answer('{"name":"Tokyo","population":37}'));
    const typed = await createResponse(testClient(), { model: "openai/gpt-4o", input: "x" }, { schema: z.object({ name: z.string(), population: z.number() }), schemaName: "city" });
    expect(typed.json.name).toBe("Tokyo");
    expect(sent.text.format).toMatchObject({ type: "json_schema", name: "city", strict: true, schema: { type: "object" } });
    expect(sent.schema).toBeUndefined();

    api().post("/api/v1/responses").reply(200, answer('{"name":1}'));
    await expect(createResponse(testClient(), { model: "openai/gpt-4o", input: "x" }, { schema: z.object({ name: z.string() }) })).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("refuses bad input before sending, naming the field", async () => {
    const client = testClient();
    await expect(createResponse(client, { input: "x" })).rejects.toMatchObject({ field: "model" });
    await expect(createResponse(client, { model: "openai/gpt-4o" })).rejects.toMatchObject({ field: "input" });
    await expect(createResponse(client, { model: "openai/gpt-4o", input: 3 as never })).rejects.toMatchObject({ field: "input" });
    await expect(createResponse(client, { model: "openai/gpt-4o", input: "x", stream: true })).rejects.toMatchObject({ field: "stream" });
    await expect(createResponse(client, { model: "anthropic/claude-sonnet-4-20250514", input: "x" })).rejects.toBeInstanceOf(ValidationError);
    await expect(createResponse(client, { model: "openai/gpt-4o", input: "x", text: { format: { type: "json_object" } } }, { schema: z.object({}) })).rejects.toMatchObject({ field: "text.format" });
    // A fallback list stands for the model.
    api().post("/api/v1/responses").reply(200, basic());
    await expect(createResponse(client, { models: ["openai/gpt-4o"], input: "x" })).resolves.toMatchObject({ id: "resp_abc123" });
  });

  it("throws the API error of an error status, and of a failed response in an HTTP 200", async () => {
    api().post("/api/v1/responses").reply(429, { error: { code: 429, message: "Rate limited" } });
    await expect(createResponse(testClient(), { model: "openai/gpt-4o", input: "x" })).rejects.toBeInstanceOf(RateLimitError);
    api().post("/api/v1/responses").reply(200, { ...basic(), status: "failed", output: [], error: { code: 502, message: "Provider returned error" } });
    const error = await createResponse(testClient(), { model: "openai/gpt-4o", input: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(502);
  });

  it("retries a 503 and answers", async () => {
    api().post("/api/v1/responses").reply(503, { error: { code: 503, message: "busy" } });
    api().post("/api/v1/responses").reply(200, basic());
    const result = await createResponse(testClient({ maxRetries: 1 }), { model: "openai/gpt-4o", input: "x" }, { maxRetryDelay: 5_000 });
    expect(result.text).toContain("chicken");
  });

  it("names the broken field of a malformed answer, and never leaks the key", async () => {
    api().post("/api/v1/responses").reply(200, { ...basic(), output: [{ type: "function_call", call_id: "c", name: "f" }] });
    const error = await createResponse(testClient(), { model: "openai/gpt-4o", input: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("output[0].arguments");
    api().post("/api/v1/responses").reply(200, { id: "r", output: "nope" });
    await expect(createResponse(testClient(), { model: "openai/gpt-4o", input: "x" })).rejects.toThrow(/output is not an array/);
    api().post("/api/v1/responses").reply(401, { error: { code: 401, message: `bad key ${TEST_KEY}` } });
    const auth = await createResponse(testClient(), { model: "openai/gpt-4o", input: "x" }).catch((e: unknown) => e);
    expect(JSON.stringify(auth) + String((auth as Error).message) + String((auth as Error).stack)).not.toContain(TEST_KEY);
  });

  it("throws ResponseValidationError for arguments that are not JSON", async () => {
    const body = items();
    body.output[2].arguments = "{broken";
    api().post("/api/v1/responses").reply(200, body);
    const result = await createResponse(testClient(), { model: "openai/gpt-4o", input: "x" });
    expect(() => result.toolCalls[0]?.parseArguments()).toThrow(ResponseValidationError);
  });
});
