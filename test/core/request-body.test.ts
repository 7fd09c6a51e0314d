import nock from "nock";
import { describe, expect, it } from "vitest";
import { createSpeech } from "../../src/audio/create-speech.js";
import { createTranscription } from "../../src/audio/create-transcription.js";
import { chat } from "../../src/chat/chat.js";
import { stream } from "../../src/chat/stream.js";
import type { Client } from "../../src/core/client.js";
import { requestBody } from "../../src/core/request-body.js";
import { embed } from "../../src/embeddings/embed.js";
import { ValidationError } from "../../src/errors/validation-error.js";
import { createImage } from "../../src/images/create-image.js";
import { generateImage } from "../../src/images/generate-image.js";
import { streamImage } from "../../src/images/stream-image.js";
import { createMessage } from "../../src/messages/create-message.js";
import { streamMessage } from "../../src/messages/stream-message.js";
import { createPresetFromChat } from "../../src/platform/presets/create-preset-from-chat.js";
import { createPresetFromMessages } from "../../src/platform/presets/create-preset-from-messages.js";
import { createPresetFromResponses } from "../../src/platform/presets/create-preset-from-responses.js";
import { rerank } from "../../src/rerank/rerank.js";
import { createResponse } from "../../src/responses/create-response.js";
import { streamResponse } from "../../src/responses/stream-response.js";
import { chatFields } from "../../src/types/chat-fields.js";
import { createVideo } from "../../src/videos/create-video.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { api, testClient, useNock } from "../helpers/nock.js";
import { rejection, thrown } from "../helpers/thrown.js";

useNock();

/** What a JavaScript caller (or a cast) can pass: the types refuse these keys, the run-time check must too. */
const raw = (params: object) => params as never;

const messages = [{ role: "user", content: "Hi" }];
const audio = { data: "AAAA", format: "wav" };

// Every JSON-body endpoint builder, each with a camelCase spelling of one of its own wire fields.
const endpoints: [string, string, string, string, (client: Client, extra: object) => Promise<unknown>][] = [
  ["chat()", "ChatParams", "maxTokens", "max_tokens", (c, x) => chat(c, raw({ model: "openai/gpt-4o-mini", prompt: "Hi", ...x }))],
  ["stream()", "ChatParams", "responseFormat", "response_format", (c, x) => stream(c, raw({ model: "openai/gpt-4o-mini", prompt: "Hi", ...x }))],
  ["createResponse()", "ResponsesParams", "maxOutputTokens", "max_output_tokens", (c, x) => createResponse(c, raw({ model: "openai/gpt-4o", input: "Hi", ...x }))],
  ["streamResponse()", "ResponsesParams", "parallelToolCalls", "parallel_tool_calls", (c, x) => streamResponse(c, raw({ model: "openai/gpt-4o", input: "Hi", ...x }))],
  ["createMessage()", "MessagesParams", "maxTokens", "max_tokens", (c, x) => createMessage(c, raw({ model: "anthropic/claude-sonnet-4.5", messages, ...x }))],
  ["streamMessage()", "MessagesParams", "toolChoice", "tool_choice", (c, x) => streamMessage(c, raw({ model: "anthropic/claude-sonnet-4.5", messages, ...x }))],
  ["embed()", "EmbedParams", "encodingFormat", "encoding_format", (c, x) => embed(c, raw({ model: "openai/text-embedding-3-small", input: "x", ...x }))],
  ["rerank()", "RerankParams", "topN", "top_n", (c, x) => rerank(c, raw({ model: "cohere/rerank-v3.5", query: "q", documents: ["a"], ...x }))],
  ["generateImage()", "GenerateImageParams", "imageSize", "image_size", (c, x) => generateImage(c, raw({ model: "google/gemini-2.5-flash-image", prompt: "a fox", ...x }))],
  ["createImage()", "CreateImageParams", "outputFormat", "output_format", (c, x) => createImage(c, raw({ model: "bytedance-seed/seedream-4.5", prompt: "a fox", ...x }))],
  ["streamImage()", "CreateImageParams", "aspectRatio", "aspect_ratio", (c, x) => streamImage(c, raw({ model: "bytedance-seed/seedream-4.5", prompt: "a fox", ...x }))],
  ["createSpeech()", "SpeechParams", "responseFormat", "response_format", (c, x) => createSpeech(c, raw({ model: "openai/gpt-4o-mini-tts", input: "Hi", ...x }))],
  ["createTranscription()", "TranscriptionParams", "timestampGranularities", "timestamp_granularities", (c, x) => createTranscription(c, raw({ model: "openai/whisper-large-v3", input_audio: audio, ...x }))],
  ["createVideo()", "VideoParams", "generateAudio", "generate_audio", (c, x) => createVideo(c, raw({ model: "google/veo-3.1", prompt: "a fox", ...x }))],
  ["createPresetFromChat()", "ChatParams", "topP", "top_p", (c, x) => createPresetFromChat(c, "p", raw({ model: "openai/gpt-4o", ...x }))],
  ["createPresetFromResponses()", "ResponsesParams", "maxToolCalls", "max_tool_calls", (c, x) => createPresetFromResponses(c, "p", raw({ model: "openai/gpt-4o", ...x }))],
  ["createPresetFromMessages()", "MessagesParams", "stopSequences", "stop_sequences", (c, x) => createPresetFromMessages(c, "p", raw({ model: "anthropic/claude-sonnet-4.5", ...x }))],
];

/** An interceptor for anything the call might send, left unused when the call throws first. */
function noRequest() {
  const scope = api().post(/.*/).reply(200, {});
  return {
    expectUnused() {
      expect(scope.isDone()).toBe(false);
      nock.cleanAll();
    },
  };
}

describe("a camelCase spelling of a wire field", () => {
  it.each(endpoints)("is refused by %s before any request, naming both spellings", async (_fn, type, camel, wire, call) => {
    const sent = noRequest();
    const error = await rejection(ValidationError, call(testClient(), { [camel]: 5 }));
    expect(error.message).toBe(`${camel} is not a field of ${type}; the wire name is ${wire}.`);
    expect(error.field).toBe(camel);
    sent.expectUnused();
  });

  it("is refused inside provider preferences too", async () => {
    const sent = noRequest();
    const error = await rejection(ValidationError, chat(testClient(), raw({ model: "openai/gpt-4o-mini", prompt: "Hi", provider: { allowFallbacks: false } })));
    expect(error.message).toBe("provider.allowFallbacks is not a field of ProviderPreferences; the wire name is allow_fallbacks.");
    sent.expectUnused();
  });

  it("is refused in extra, which adds only unknown fields", async () => {
    const sent = noRequest();
    const error = await rejection(ValidationError, chat(testClient(), { model: "openai/gpt-4o-mini", prompt: "Hi", extra: { maxTokens: 5 } }));
    expect(error.message).toBe("extra.maxTokens is not a field of ChatParams; the wire name is max_tokens.");
    sent.expectUnused();
  });
});

describe("extra", () => {
  it.each(endpoints)("may not set a field %s's type knows", async (_fn, type, _camel, wire, call) => {
    const sent = noRequest();
    const error = await rejection(ValidationError, call(testClient(), { extra: { [wire]: 5 } }));
    expect(error.field).toBe(`extra.${wire}`);
    expect(error.message).toContain(`extra.${wire} is a field of ${type}: set ${wire} itself`);
    sent.expectUnused();
  });

  it("must be an object", async () => {
    const sent = noRequest();
    const error = await rejection(ValidationError, chat(testClient(), raw({ model: "openai/gpt-4o-mini", prompt: "Hi", extra: [1] })));
    expect(error.field).toBe("extra");
    sent.expectUnused();
  });

  it("is merged into the chat body and never sent as extra", async () => {
    let sent: Record<string, unknown> = {};
    api()
      .post("/api/v1/chat/completions", (body) => ((sent = body), true))
      .reply(200, fixtureJSON("chat-nonstream-basic.json"));
    await chat(testClient(), { model: "openai/gpt-4o-mini", prompt: "Hi", max_tokens: 5, extra: { transforms: ["middle-out"], safe_prompt: true } });
    expect(sent).toEqual({ model: "openai/gpt-4o-mini", messages, max_tokens: 5, transforms: ["middle-out"], safe_prompt: true });
  });

  it("is merged into the responses, messages and embeddings bodies", async () => {
    const bodies: Record<string, unknown>[] = [];
    const keep = (body: Record<string, unknown>) => (bodies.push(body), true);
    api().post("/api/v1/responses", keep).reply(200, fixtureJSON("responses-basic.json"));
    api().post("/api/v1/messages", keep).reply(200, fixtureJSON("messages-basic.json"));
    api().post("/api/v1/embeddings", keep).reply(200, { object: "list", model: "m", data: [{ object: "embedding", embedding: [0.5], index: 0 }] });
    const client = testClient();
    await createResponse(client, { model: "openai/gpt-4o", input: "Hi", extra: { new_knob: 1 } });
    await createMessage(client, { model: "anthropic/claude-sonnet-4.5", messages: [{ role: "user", content: "Hi" }], extra: { anthropic_beta: ["x"] } });
    await embed(client, { model: "openai/text-embedding-3-small", input: "x", extra: { truncate: "END" } });
    expect(bodies[0]).toEqual({ model: "openai/gpt-4o", input: "Hi", new_knob: 1 });
    expect(bodies[1]).toEqual({ model: "anthropic/claude-sonnet-4.5", messages, anthropic_beta: ["x"] });
    expect(bodies[2]).toEqual({ model: "openai/text-embedding-3-small", input: "x", truncate: "END" });
  });
});

describe("requestBody()", () => {
  it("passes unknown snake_case keys and camelCase keys that are no wire field's spelling", () => {
    const params = { model: "m", safe_prompt: true, fooBar: 1 };
    expect(requestBody(params, "ChatParams", chatFields)).toEqual(params);
  });

  it("drops an undefined extra", () => {
    expect(requestBody({ model: "m", extra: undefined }, "ChatParams", chatFields)).toEqual({ model: "m" });
  });

  it("names the type in the error", () => {
    const error = thrown(ValidationError, () => requestBody({ parallelToolCalls: true }, "ChatParams", chatFields));
    expect(error.message).toBe("parallelToolCalls is not a field of ChatParams; the wire name is parallel_tool_calls.");
  });
});
