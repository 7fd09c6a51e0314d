import { describe, expectTypeOf, it } from "vitest";
import { chat } from "../../src/chat/chat.js";
import { createClient } from "../../src/core/client.js";
import type { EmbedParams } from "../../src/embeddings/types.js";
import type { Message } from "../../src/index.js";
import type { MessagesParams } from "../../src/messages/types.js";
import type { ResponsesParams } from "../../src/responses/types.js";
import type { ChatParams, ProviderPreferences } from "../../src/types/chat-params.js";
import type { ChatMessage } from "../../src/types/messages.js";

// The params types are closed: the camelCase spelling the migration guide warns about, and a key no type lists, do
// not compile; `extra` is the one typed way to send a field the SDK does not know yet.

describe("ChatParams is closed", () => {
  it("refuses a camelCase spelling of a wire field", () => {
    // @ts-expect-error maxTokens is max_tokens on the wire
    const a: ChatParams = { model: "m", prompt: "x", maxTokens: 5 };
    // @ts-expect-error responseFormat is response_format on the wire
    const b: ChatParams = { model: "m", prompt: "x", responseFormat: { type: "json_object" } };
    // @ts-expect-error topP is top_p
    const c: ChatParams = { model: "m", prompt: "x", topP: 0.9 };
    void [a, b, c];
  });

  it("refuses an unknown key, in the call too", () => {
    // @ts-expect-error not a field of ChatParams
    const a: ChatParams = { model: "m", prompt: "x", safe_prompt: true };
    // @ts-expect-error the literal given to chat() is checked as well
    void chat(createClient(), { model: "m", prompt: "x", maxTokens: 5 });
    void a;
  });

  it("closes provider preferences", () => {
    // @ts-expect-error allowFallbacks is allow_fallbacks
    const a: ChatParams = { model: "m", prompt: "x", provider: { allowFallbacks: false } };
    // @ts-expect-error not a field of ProviderPreferences
    const b: ProviderPreferences = { sorting: "price" };
    void [a, b];
  });

  it("takes unknown fields through extra, and extra holds anything", () => {
    const params = { model: "m", prompt: "x", max_tokens: 5, extra: { safe_prompt: true, nested: { a: [1] } } } satisfies ChatParams;
    expectTypeOf(params).toExtend<ChatParams>();
    expectTypeOf<ChatParams["extra"]>().toEqualTypeOf<Record<string, unknown> | undefined>();
    void chat(createClient(), { model: "m", prompt: "x", extra: { transforms: ["middle-out"] } });
  });
});

describe("ResponsesParams is closed", () => {
  it("refuses camelCase and unknown keys, takes extra", () => {
    // @ts-expect-error maxOutputTokens is max_output_tokens
    const a: ResponsesParams = { model: "m", input: "x", maxOutputTokens: 5 };
    // @ts-expect-error not a field of ResponsesParams
    const b: ResponsesParams = { model: "m", input: "x", frobnicate: 1 };
    const c = { model: "m", input: "x", max_output_tokens: 5, extra: { frobnicate: 1 } } satisfies ResponsesParams;
    expectTypeOf(c).toExtend<ResponsesParams>();
    void [a, b];
  });

  it("lists the document's fields a closed type would otherwise lose", () => {
    const params = {
      model: "m",
      prompt: { id: "prompt-abc123", variables: { name: "John" } },
      cache_control: { type: "ephemeral" },
      prompt_cache_options: { mode: "explicit" },
      stop_server_tools_when: [{ type: "step_count_is", step_count: 5 }],
      debug: { echo_upstream_body: true },
    } satisfies ResponsesParams;
    expectTypeOf(params).toExtend<ResponsesParams>();
  });
});

describe("MessagesParams is closed", () => {
  it("refuses camelCase and unknown keys, takes extra", () => {
    const messages = [{ role: "user" as const, content: "Hi" }];
    // @ts-expect-error maxTokens is max_tokens
    const a: MessagesParams = { model: "m", messages, maxTokens: 5 };
    // @ts-expect-error stopSequences is stop_sequences
    const b: MessagesParams = { model: "m", messages, stopSequences: ["x"] };
    // @ts-expect-error not a field of MessagesParams
    const c: MessagesParams = { model: "m", messages, anthropic_beta: ["x"] };
    const d = { model: "m", messages, max_tokens: 5, speed: "fast", fallbacks: [{ model: "n" }], extra: { anthropic_beta: ["x"] } } satisfies MessagesParams;
    expectTypeOf(d).toExtend<MessagesParams>();
    void [a, b, c];
  });
});

describe("the other request bodies", () => {
  it("take extra too", () => {
    const params = { model: "m", input: "x", extra: { truncate: "END" } } satisfies EmbedParams;
    expectTypeOf(params).toExtend<EmbedParams>();
    // @ts-expect-error encodingFormat is encoding_format
    const bad: EmbedParams = { model: "m", input: "x", encodingFormat: "base64" };
    void bad;
  });
});

describe("Message", () => {
  it("is ChatMessage under another name", () => {
    expectTypeOf<Message>().toEqualTypeOf<ChatMessage>();
  });
});
