import { describe, expect, it } from "vitest";
import { chat } from "../../src/chat/chat.js";
import { APIError, ProviderError, RateLimitError, ResponseValidationError, ValidationError } from "../../src/errors/index.js";
import { defaultPostProcessors } from "../../src/postprocess/index.js";
import type { PostProcessor } from "../../src/types/post-processor.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";

useNock();

describe("chat() on real responses", () => {
  it("returns the text, usage with cost, model, provider and ids of a plain answer", async () => {
    const body = fixtureJSON("chat-nonstream-basic.json");
    api().post("/api/v1/chat/completions").reply(200, body, { "X-Generation-Id": "gen-from-header" });
    const result = await chat(testClient(), { model: "deepseek/deepseek-v4-pro", prompt: "ok?" });
    expect(result.text).toBe('{"ok": true}');
    expect(result.usage?.cost).toBe(0.0001584);
    expect(result.usage?.total_tokens).toBe(140);
    expect(result.model).toBe("deepseek/deepseek-v4-pro-0813");
    expect(result.provider).toBe("NextBit");
    expect(result.id).toBe("gen-1791085542-nGPIiqI34XL7MIrdVHU3");
    expect(result.generationId).toBe("gen-from-header");
    expect(result.finishReason).toBe("stop");
    expect(result.json).toBeUndefined();
    expect(result.raw).toEqual(body);
    expect(result.message).toEqual({ role: "assistant", content: '{"ok": true}' });
  });

  it("falls back to the response id for generationId when the header is missing", async () => {
    api().post("/api/v1/chat/completions").reply(200, fixtureJSON("chat-nonstream-basic.json"));
    const result = await chat(testClient(), { model: "deepseek/deepseek-v4-pro", prompt: "ok?" });
    expect(result.generationId).toBe("gen-1791085542-nGPIiqI34XL7MIrdVHU3");
  });

  it("uses the reasoning as text when the content is empty, leaving raw and message untouched", async () => {
    const body = fixtureJSON("chat-reasoning-empty-content.json");
    api().post("/api/v1/chat/completions").reply(200, body);
    const result = await chat(testClient(), { model: "qwen/qwen3-32b", prompt: "Hi" });
    expect(result.text).toBe(body.choices[0].message.reasoning);
    expect(result.reasoning).toBe(body.choices[0].message.reasoning);
    expect(result.finishReason).toBe("length");
    expect(result.raw.choices[0]?.message.content).toBe("");
    expect(result.message.content).toBe("");
    expect(result.message.reasoning_details).toEqual(body.choices[0].message.reasoning_details);
  });

  it("decodes Gemini's message.images into bytes with their mime type", async () => {
    const body = fixtureJSON("chat-image-gemini.json");
    api().post("/api/v1/chat/completions").reply(200, body);
    const result = await chat(testClient(), { model: "google/gemini-2.5-flash-image", modalities: ["image", "text"], prompt: "a dot" });
    expect(result.images).toHaveLength(1);
    const [image] = result.images;
    const url: string = body.choices[0].message.images[0].image_url.url;
    expect(image?.mimeType).toBe("image/png");
    expect(image?.dataUrl).toBe(url);
    expect(image?.base64).toBe(url.split(",")[1]);
    expect(Array.from(image?.bytes ?? [])).toEqual(Array.from(Buffer.from(url.split(",")[1] ?? "", "base64")));
    expect(Array.from(image?.bytes.subarray(1, 4) ?? [])).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    expect(result.text).toBe("");
  });

  it("keeps every image of an answer with two", async () => {
    const body = fixtureJSON("chat-image-gemini.json");
    const first = body.choices[0].message.images[0];
    body.choices[0].message.images = [first, { ...first, index: 1 }];
    api().post("/api/v1/chat/completions").reply(200, body);
    const result = await chat(testClient(), { model: "google/gemini-2.5-flash-image", prompt: "two dots" });
    expect(result.images).toHaveLength(2);
  });

  it("returns tool calls in wire shape and an assistant message ready for the next turn", async () => {
    const body = fixtureJSON("chat-tool-call.json");
    api().post("/api/v1/chat/completions").reply(200, body);
    const result = await chat(testClient(), { model: "qwen/qwen3.5-35b-a3b", prompt: "pad thai?" });
    const call = body.choices[0].message.tool_calls[0];
    expect(result.toolCalls).toEqual([call]);
    expect(result.finishReason).toBe("tool_calls");
    expect(result.text).toBe("");
    expect(result.message).toEqual({
      role: "assistant",
      content: null,
      tool_calls: [call],
      reasoning: body.choices[0].message.reasoning,
      reasoning_details: body.choices[0].message.reasoning_details,
    });
    expect(result.usage?.prompt_tokens_details?.cached_tokens).toBe(1056);
  });

  it('turns empty tool arguments into "{}" and infers tool_calls when finish_reason is null', async () => {
    const body = fixtureJSON("chat-tool-call.json");
    body.choices[0].finish_reason = null;
    body.choices[0].message.tool_calls[0].function.arguments = "";
    api().post("/api/v1/chat/completions").reply(200, body);
    const result = await chat(testClient(), { model: "qwen/qwen3.5-35b-a3b", prompt: "now" });
    expect(result.toolCalls[0]?.function.arguments).toBe("{}");
    expect(result.message.tool_calls?.[0]?.function.arguments).toBe("{}");
    expect(result.finishReason).toBe("tool_calls");
  });

  it("parses JSON when response_format asked for it", async () => {
    api().post("/api/v1/chat/completions").reply(200, fixtureJSON("chat-nonstream-basic.json"));
    const result = await chat(testClient(), { model: "deepseek/deepseek-v4-pro", response_format: { type: "json_object" }, prompt: "ok?" });
    expect(result.json).toEqual({ ok: true });
  });

  it("extracts JSON a model wrapped in a markdown fence", async () => {
    const body = fixtureJSON("chat-nonstream-basic.json");
    body.choices[0].message.content = 'Here you go:\n```json\n{"city": "Paris", "tags": ["a}b"]}\n```\nAnything else?';
    api().post("/api/v1/chat/completions").reply(200, body);
    const result = await chat(testClient(), {
      model: "openai/gpt-4.1-nano",
      response_format: { type: "json_schema", json_schema: { name: "city", schema: { type: "object" } } },
      prompt: "city",
    });
    expect(result.json).toEqual({ city: "Paris", tags: ["a}b"] });
  });

  it("throws ResponseValidationError carrying the text when no JSON comes back", async () => {
    const body = fixtureJSON("chat-nonstream-basic.json");
    body.choices[0].message.content = "I cannot answer in JSON, sorry.";
    api().post("/api/v1/chat/completions").reply(200, body);
    const error = await chat(testClient(), { model: "openai/gpt-4.1-nano", response_format: { type: "json_object" }, prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.text).toBe("I cannot answer in JSON, sorry.");
    expect(error.model).toBe("deepseek/deepseek-v4-pro-0813");
  });

  it("says why there is no JSON: the model refused, or max_tokens cut the answer off", async () => {
    const refused = fixtureJSON("chat-nonstream-basic.json");
    refused.choices[0].message.content = "";
    refused.choices[0].message.refusal = "I can't share that.";
    api().post("/api/v1/chat/completions").reply(200, refused);
    const refusal = await chat(testClient(), { model: "openai/gpt-4.1-nano", response_format: { type: "json_object" }, prompt: "x" }).catch((e) => e);
    expect(refusal).toBeInstanceOf(ResponseValidationError);
    expect(refusal.message).toContain("The model refused: I can't share that.");

    const cut = fixtureJSON("chat-nonstream-basic.json");
    cut.choices[0].message.content = '{"items": [1, 2,';
    cut.choices[0].finish_reason = "length";
    api().post("/api/v1/chat/completions").reply(200, cut);
    const truncated = await chat(testClient(), { model: "openai/gpt-4.1-nano", response_format: { type: "json_object" }, prompt: "x" }).catch((e) => e);
    expect(truncated.message).toContain("cut off by max_tokens");
    expect(truncated.text).toBe('{"items": [1, 2,');
  });
});

describe("chat() on errors inside HTTP 200", () => {
  it("throws the class the body's code names (429 → RateLimitError)", async () => {
    api()
      .post("/api/v1/chat/completions")
      .reply(200, { error: { message: "Provider returned error", code: 429, metadata: { raw: "qwen is temporarily rate-limited upstream", provider_name: "Chutes" } } });
    const error = await chat(testClient(), { model: "qwen/qwen3-32b", prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.status).toBe(429);
    expect(error.message).toContain("[Chutes] qwen is temporarily rate-limited upstream");
  });

  it("throws ProviderError for an error body without a code", async () => {
    api().post("/api/v1/chat/completions").reply(200, { error: { message: "Upstream failed" } });
    const error = await chat(testClient(), { model: "qwen/qwen3-32b", prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ProviderError);
  });

  it('throws for a choice with finish_reason "error", keeping the generation id', async () => {
    const body = fixtureJSON("chat-nonstream-basic.json");
    body.choices[0].finish_reason = "error";
    body.choices[0].error = { code: 502, message: "Provider disconnected", metadata: { provider_name: "NextBit" } };
    api().post("/api/v1/chat/completions").reply(200, body);
    const error = await chat(testClient(), { model: "deepseek/deepseek-v4-pro", prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.generationId).toBe(body.id);
    expect(error.message).toContain("Provider disconnected");
  });
});

describe("chat() input checks, before anything is sent", () => {
  // No interceptor is registered: any request would fail the test with a nock error instead of a ValidationError.
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["prompt and messages together", { model: "a/b", prompt: "x", messages: [{ role: "user", content: "x" }] }, /either `prompt` or `messages`/],
    ["neither prompt nor messages", { model: "a/b" }, /Nothing to send/],
    ["an empty prompt", { model: "a/b", prompt: "  " }, /non-empty string/],
    ["an empty messages array", { model: "a/b", messages: [] }, /non-empty array/],
    ["a message without a role", { model: "a/b", messages: [{ content: "x" }] }, /messages\[0\]/],
    ["an empty model id", { model: "", prompt: "x" }, /`model` is empty/],
    ["an empty id in models", { models: ["a/b", ""], prompt: "x" }, /`models` must be an array/],
    ["stream: true", { model: "a/b", prompt: "x", stream: true }, /chat\(\) never streams/],
  ];
  for (const [what, params, message] of cases) {
    it(`rejects ${what}`, async () => {
      const error = await chat(testClient(), params as never).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.message).toMatch(message);
    });
  }

  it("rejects a dated Anthropic id and suggests the current one", async () => {
    const error = await chat(testClient(), { model: "anthropic/claude-3.5-haiku-20241022", prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe("model");
    expect(error.message).toContain('"anthropic/claude-haiku-4.5"');
    const sonnet = await chat(testClient(), { model: "anthropic/claude-sonnet-4-20250514", prompt: "x" }).catch((e) => e);
    expect(sonnet.message).toContain('"anthropic/claude-sonnet-4.5"');
  });

  it("rejects a dated id among fallback models too", async () => {
    const error = await chat(testClient(), { models: ["openai/gpt-4.1-nano", "qwen/qwen3.5-35b-a3b-20260224"], prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain('"qwen/qwen3.5-35b-a3b"');
  });

  it("sends a catalog model's canonical_slug as is, and still rejects a dated id the catalog does not know", async () => {
    const catalog = {
      get: async (id: string) =>
        id === "anthropic/claude-sonnet-4.5" || id === "anthropic/claude-4.5-sonnet-20250929"
          ? { id: "anthropic/claude-sonnet-4.5", canonical_slug: "anthropic/claude-4.5-sonnet-20250929" }
          : undefined,
    };
    api().post("/api/v1/chat/completions", (b) => b.model === "anthropic/claude-4.5-sonnet-20250929").reply(200, fixtureJSON("chat-nonstream-basic.json"));
    await chat(testClient({ catalog }), { model: "anthropic/claude-4.5-sonnet-20250929", prompt: "x" });
    const error = await chat(testClient({ catalog }), { model: "anthropic/claude-sonnet-4-20250514", prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
  });

  it("names checkModelIds: false in the message when there is no catalog to vouch for a dated id", async () => {
    const error = await chat(testClient(), { model: "anthropic/claude-4.5-sonnet-20250929", prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain("checkModelIds: false");
  });

  it("sends a dated id when checkModelIds is false (client or call)", async () => {
    api().post("/api/v1/chat/completions", (b) => b.model === "anthropic/claude-sonnet-4-20250514").times(2).reply(200, fixtureJSON("chat-nonstream-basic.json"));
    await chat(testClient({ checkModelIds: false }), { model: "anthropic/claude-sonnet-4-20250514", prompt: "x" });
    await chat(testClient(), { model: "anthropic/claude-sonnet-4-20250514", prompt: "x" }, { checkModelIds: false });
  });
});

describe("chat() request body", () => {
  it("turns prompt into a user message and sends extra's fields in the body, without SDK options", async () => {
    let sent: any;
    api()
      .post("/api/v1/chat/completions", (b) => ((sent = b), true))
      .reply(200, fixtureJSON("chat-nonstream-basic.json"));
    await chat(testClient(), { model: "mistralai/mistral-small", prompt: "Hi", extra: { safe_prompt: true }, temperature: 0.2 }, { timeout: 5_000, maxRetries: 1 });
    expect(sent).toEqual({ model: "mistralai/mistral-small", messages: [{ role: "user", content: "Hi" }], safe_prompt: true, temperature: 0.2 });
  });

  it("uses defaultModel when the request names no model, and not when it names models", async () => {
    const bodies: any[] = [];
    api()
      .post("/api/v1/chat/completions", (b) => (bodies.push(b), true))
      .times(2)
      .reply(200, fixtureJSON("chat-nonstream-basic.json"));
    const client = testClient({ defaultModel: "openai/gpt-4.1-nano" });
    await chat(client, { prompt: "x" });
    await chat(client, { models: ["a/b", "c/d"], prompt: "x" });
    expect(bodies[0].model).toBe("openai/gpt-4.1-nano");
    expect(bodies[1].model).toBeUndefined();
    expect(bodies[1].models).toEqual(["a/b", "c/d"]);
  });

  it("sends FLUX models modalities [\"image\"] when the request does not say", async () => {
    let sent: any;
    api()
      .post("/api/v1/chat/completions", (b) => ((sent = b), true))
      .reply(200, fixtureJSON("chat-image-gemini.json"));
    await chat(testClient(), { model: "black-forest-labs/flux.2-pro", prompt: "a lighthouse" });
    expect(sent.modalities).toEqual(["image"]);
  });

  it("refuses to ask a FLUX model for text, before sending", async () => {
    const error = await chat(testClient(), { model: "black-forest-labs/flux.2-pro", modalities: ["image", "text"], prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe("modalities");
    expect(error.message).toMatch(/images only.*\["image"\]/);
  });

  it("asks Anthropic models for JSON in the prompt instead of json_object, and still parses the answer", async () => {
    let sent: any;
    const body = fixtureJSON("chat-nonstream-basic.json");
    body.choices[0].message.content = '```json\n{"ok": true}\n```';
    api()
      .post("/api/v1/chat/completions", (b) => ((sent = b), true))
      .reply(200, body);
    const result = await chat(testClient(), { model: "anthropic/claude-haiku-4.5", response_format: { type: "json_object" }, prompt: "ok?" });
    expect(sent.response_format).toBeUndefined();
    expect(sent.messages[0].role).toBe("system");
    expect(sent.messages[0].content).toMatch(/JSON/);
    expect(sent.messages[1]).toEqual({ role: "user", content: "ok?" });
    expect(result.json).toEqual({ ok: true });
  });
});

describe("chat() post-processors option", () => {
  it("an empty list turns every post-processor off", async () => {
    api().post("/api/v1/chat/completions").reply(200, fixtureJSON("chat-reasoning-empty-content.json"));
    const result = await chat(testClient(), { model: "qwen/qwen3-32b", prompt: "Hi" }, { postProcessors: [] });
    expect(result.text).toBe("");
  });

  it("runs a user's processor after the defaults when appended", async () => {
    const shout: PostProcessor = (result) => ({ ...result, text: result.text.toUpperCase() });
    api().post("/api/v1/chat/completions").reply(200, fixtureJSON("chat-reasoning-empty-content.json"));
    const result = await chat(testClient({ postProcessors: [...defaultPostProcessors, shout] }), { model: "qwen/qwen3-32b", prompt: "Hi" });
    expect(result.text.startsWith("OKAY, THE USER")).toBe(true);
  });
});

describe("chat() errors never carry the key", () => {
  it("redacts a key the server echoes", async () => {
    api()
      .post("/api/v1/chat/completions")
      .reply(401, { error: { message: `Key ${TEST_KEY} is invalid`, code: 401 } });
    const error = await chat(testClient(), { model: "a/b", prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error.message).not.toContain(TEST_KEY);
    expect(error.message).toContain("[redacted]");
  });
});

describe("chat() on a malformed 200: every failure is one of ours", () => {
  const withMessage = (message: unknown) => ({ id: "gen-1", model: "a/b", choices: [{ index: 0, finish_reason: "stop", message }] });
  const cases: [string, unknown, string][] = [
    ["a null body", null, "body"],
    ["a body that is an array", [], "body"],
    ["choices: null", { id: "gen-1", choices: null }, "choices"],
    ["choices: [null]", { id: "gen-1", choices: [null] }, "choices[0]"],
    ["message: null", withMessage(null), "choices[0].message"],
    ["tool_calls: [null]", withMessage({ role: "assistant", content: null, tool_calls: [null] }), "choices[0].message.tool_calls[0]"],
    ["a tool call whose function is null", withMessage({ role: "assistant", content: null, tool_calls: [{ id: "c", type: "function", function: null }] }), "choices[0].message.tool_calls[0].function"],
    // Found by looking: each was silently dropped or passed on to break runTools or totalUsage later.
    ["tool_calls that is an object", withMessage({ role: "assistant", content: null, tool_calls: {} }), "choices[0].message.tool_calls"],
    ["arguments that are an object", withMessage({ role: "assistant", content: null, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: {} } }] }), "choices[0].message.tool_calls[0].function.arguments"],
    ["a numeric content", withMessage({ role: "assistant", content: 5 }), "choices[0].message.content"],
    ["usage that is a string", { ...withMessage({ role: "assistant", content: "x" }), usage: "x" }, "usage"],
    ["reasoning_details: [null]", withMessage({ role: "assistant", content: "x", reasoning_details: [null] }), "choices[0].message.reasoning_details[0]"],
  ];
  for (const [what, body, field] of cases) {
    it(`throws ResponseValidationError naming ${field} for ${what}`, async () => {
      api().post("/api/v1/chat/completions").reply(200, JSON.stringify(body), { "content-type": "application/json" });
      const error = await chat(testClient(), { model: "a/b", prompt: "x" }).catch((e) => e);
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect(error.message).toContain(`${field} `);
      expect(error.issues[0].message.startsWith(`${field} `)).toBe(true);
    });
  }

  it('throws ProviderError for finish_reason "error" with no error object, saying what arrived', async () => {
    const body = fixtureJSON("chat-nonstream-basic.json");
    body.choices[0].finish_reason = "error";
    body.choices[0].native_finish_reason = "MALFORMED_FUNCTION_CALL";
    api().post("/api/v1/chat/completions").reply(200, body);
    const error = await chat(testClient(), { model: "deepseek/deepseek-v4-pro", prompt: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.message).toContain('finish_reason "error" and no error object');
    expect(error.message).toContain("MALFORMED_FUNCTION_CALL");
    expect(error.message).toContain('{\\"ok\\": true}');
    expect(error.generationId).toBe(body.id);
  });
});

describe("chat() hands back the assistant message as the wire gave it", () => {
  it("keeps annotations, images, audio, refusal and unknown fields in message; annotations also as a typed field", async () => {
    const body = fixtureJSON("chat-nonstream-basic.json");
    const annotations = [{ type: "file", file: { hash: "abc", name: "doc.pdf", content: [{ type: "text", text: "parsed" }] } }];
    const images = [{ type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=" } }];
    const audio = { id: "audio_1", data: "UklGRg==", transcript: "hi", expires_at: 1 };
    Object.assign(body.choices[0].message, { annotations, images, audio, refusal: "no", vendor_extra: { a: 1 } });
    api().post("/api/v1/chat/completions").reply(200, body);
    const result = await chat(testClient(), { model: "deepseek/deepseek-v4-pro", prompt: "x" });
    expect(result.annotations).toEqual(annotations);
    expect(result.message).toEqual({ role: "assistant", content: '{"ok": true}', annotations, images, audio, refusal: "no", vendor_extra: { a: 1 } });
  });

  it("gives tool calls with an empty, missing or repeated id unique ids, the same on every read", async () => {
    const body = fixtureJSON("chat-tool-call.json");
    const call = (id: unknown, name: string) => ({ type: "function", id, function: { name, arguments: "{}" } });
    body.choices[0].message.tool_calls = [call("", "a"), call("dup", "b"), call("dup", "c"), call(undefined, "d")];
    api().post("/api/v1/chat/completions").times(2).reply(200, body);
    const first = await chat(testClient(), { model: "a/b", prompt: "x" });
    const second = await chat(testClient(), { model: "a/b", prompt: "x" });
    const ids = first.toolCalls.map((c) => c.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids[1]).toBe("dup");
    expect(ids.every((id) => typeof id === "string" && id !== "")).toBe(true);
    expect(second.toolCalls.map((c) => c.id)).toEqual(ids);
    expect(first.message.tool_calls?.map((c) => c.id)).toEqual(ids);
  });
});
