import { describe, expect, it } from "vitest";
import * as z from "zod";
import { APIError, InsufficientCreditsError, ResponseValidationError } from "../../src/errors/index.js";
import { createMessage } from "../../src/messages/index.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";

useNock();

const basic = () => fixtureJSON("messages-basic.json");
const toolUse = () => fixtureJSON("messages-tool-use.json");
const hello = { model: "anthropic/claude-sonnet-4.5", max_tokens: 1024, messages: [{ role: "user" as const, content: "Hello, how are you?" }] };

describe("createMessage()", () => {
  it("posts the request with OpenRouter's extensions and unknown keys, and joins the text", async () => {
    const params = { ...hello, models: ["anthropic/claude-haiku-4.5"], provider: { order: ["Anthropic"] }, plugins: [{ id: "web" }], future_field: true };
    api().post("/api/v1/messages", params).matchHeader("authorization", `Bearer ${TEST_KEY}`).reply(200, basic(), { "x-generation-id": "gen-m1" });
    const result = await createMessage(testClient(), params);
    expect(result.text).toBe("Hello! I'm doing well, thank you for asking.");
    expect(result.stopReason).toBe("end_turn");
    expect(result.generationId).toBe("gen-m1");
    expect(result.usage?.output_tokens).toBe(15);
    expect(result.thinking).toBeUndefined();
    expect(result.toolUses).toEqual([]);
    expect(result.raw).toEqual(basic());
  });

  it("reads thinking and tool uses, and gives the assistant message for the next turn", async () => {
    api().post("/api/v1/messages").reply(200, toolUse());
    const result = await createMessage(testClient(), hello);
    expect(result.thinking).toBe("Let me think about this...");
    expect(result.text).toBe("Let me check the weather.");
    expect(result.toolUses).toEqual([expect.objectContaining({ id: "toolu_01abc", name: "get_weather", input: { location: "San Francisco" } })]);
    expect(result.usage?.cost).toBe(0.00105);
    expect(result.generationId).toBe("msg_01XFDUDYJgAACzvnptvVoYEL");
    const next = {
      ...hello,
      messages: [...hello.messages, result.message, { role: "user" as const, content: [{ type: "tool_result", tool_use_id: "toolu_01abc", content: "sunny" }] }],
    };
    api().post("/api/v1/messages", JSON.parse(JSON.stringify(next))).reply(200, basic());
    expect((await createMessage(testClient(), next)).text).toContain("Hello");
  });

  it("sends a schema as output_config.format and validates the answer", async () => {
    const answer = { ...basic(), content: [{ type: "text", text: '{"name":"Osaka"}' }] };
    let sent: any;
    api().post("/api/v1/messages", (b) => ((sent = b), true)).reply(200, answer);
    const result = await createMessage(testClient(), hello, { schema: z.object({ name: z.string() }) });
    expect(result.json.name).toBe("Osaka");
    expect(sent.output_config.format).toMatchObject({ type: "json_schema", schema: { type: "object" } });
    api().post("/api/v1/messages").reply(200, answer);
    await expect(createMessage(testClient(), hello, { schema: z.object({ name: z.number() }) })).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("refuses bad input before sending, naming the field", async () => {
    const client = testClient();
    await expect(createMessage(client, { ...hello, model: "" })).rejects.toMatchObject({ field: "model" });
    await expect(createMessage(client, { ...hello, messages: [] })).rejects.toMatchObject({ field: "messages" });
    await expect(createMessage(client, { ...hello, messages: [{ role: "system" as never, content: "x" }] })).rejects.toMatchObject({ field: "messages[0].role" });
    await expect(createMessage(client, { ...hello, max_tokens: 0 })).rejects.toMatchObject({ field: "max_tokens" });
    await expect(createMessage(client, { ...hello, stream: true })).rejects.toMatchObject({ field: "stream" });
    await expect(createMessage(client, { ...hello, model: "anthropic/claude-sonnet-4-20250514" })).rejects.toMatchObject({ name: "ValidationError" });
    await expect(createMessage(client, { ...hello, output_config: { format: { type: "json_schema", schema: {} } } }, { schema: z.object({}) })).rejects.toMatchObject({ field: "output_config.format" });
  });

  it("throws the API error of an error status and of an HTTP 200 error body", async () => {
    api().post("/api/v1/messages").reply(402, fixtureJSON("error-402.json"));
    await expect(createMessage(testClient(), hello)).rejects.toBeInstanceOf(InsufficientCreditsError);
    api().post("/api/v1/messages").reply(200, { type: "error", error: { code: 529, message: "Overloaded" } });
    const error = await createMessage(testClient(), hello).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
  });

  it("retries a 502, and names the broken field of a malformed answer", async () => {
    api().post("/api/v1/messages").reply(502, { error: { code: 502, message: "upstream" } });
    api().post("/api/v1/messages").reply(200, { ...basic(), content: [{ type: "tool_use", id: "t" }] });
    const error = await createMessage(testClient({ maxRetries: 1 }), hello).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("content[0].name");
    expect(String((error as Error).message)).not.toContain(TEST_KEY);
  });
});
