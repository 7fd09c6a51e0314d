import * as z from "zod";
import { describe, expect, it } from "vitest";
import { prepareChat } from "../../src/chat/prepare-chat.js";
import { callOptions } from "../../src/core/client.js";
import type { ClientOptions } from "../../src/core/options.js";
import { ValidationError } from "../../src/errors/index.js";
import { defaultPostProcessors } from "../../src/postprocess/default-post-processors.js";
import type { ChatParams } from "../../src/types/chat-params.js";
import type { ChatResult } from "../../src/types/chat-result.js";
import type { PostProcessor } from "../../src/types/post-processor.js";
import { testClient } from "../helpers/nock.js";
import { rejection } from "../helpers/thrown.js";

// prepareChat sends nothing: these tests need no server. The refusals chat() shares with it are in chat.test.ts.
const options = (client: ClientOptions = {}) => callOptions(testClient(client), undefined);
const hi = { model: "openai/gpt-4.1-nano", prompt: "Hi" } as const;

describe("prepareChat", () => {
  it("turns prompt into one user message and sends no stream flag for chat()", async () => {
    const { body } = await prepareChat(hi, options(), false);
    expect(body).toEqual({ model: "openai/gpt-4.1-nano", messages: [{ role: "user", content: "Hi" }] });
  });

  it("sends stream: true for stream()", async () => {
    expect((await prepareChat(hi, options(), true)).body.stream).toBe(true);
  });

  it("accepts a stream flag that agrees with the call, and refuses one that does not", async () => {
    expect((await prepareChat({ ...hi, stream: false }, options(), false)).body).not.toHaveProperty("stream");
    expect((await prepareChat({ ...hi, stream: true }, options(), true)).body.stream).toBe(true);
    const error = await rejection(ValidationError, prepareChat({ ...hi, stream: false }, options(), true));
    expect(error.field).toBe("stream");
  });

  it("keeps the caller's params unchanged", async () => {
    const params: ChatParams = { model: "openai/gpt-4.1-nano", messages: [{ role: "user", content: "Hi" }], temperature: 0.1 };
    const copy = structuredClone(params);
    await prepareChat(params, options(), true, { schema: z.object({ a: z.string() }) });
    expect(params).toEqual(copy);
  });

  it("refuses params that are not an object", async () => {
    for (const params of [null, "Hi", ["Hi"]]) expect((await rejection(ValidationError, prepareChat(params as never, options(), false))).field).toBe("params");
  });

  it("refuses messages that are not an array, and a message that is null, naming its index", async () => {
    expect((await rejection(ValidationError, prepareChat({ model: "a/b", messages: "Hi" as never }, options(), false))).field).toBe("messages");
    expect((await rejection(ValidationError, prepareChat({ model: "a/b", messages: [{ role: "user", content: "x" }, null as never] }, options(), false))).field).toBe("messages.1");
  });

  it("refuses a prompt that is not a string and a model that is not a string", async () => {
    expect((await rejection(ValidationError, prepareChat({ model: "a/b", prompt: 3 as never }, options(), false))).field).toBe("prompt");
    expect((await rejection(ValidationError, prepareChat({ model: 3 as never, prompt: "x" }, options(), false))).field).toBe("model");
    expect((await rejection(ValidationError, prepareChat({ models: "a/b" as never, prompt: "x" }, options(), false))).field).toBe("models");
  });

  it("fills in the client's defaultModel only when the request names neither model nor models", async () => {
    const withDefault = options({ defaultModel: "openai/gpt-4.1-nano" });
    expect((await prepareChat({ prompt: "x" }, withDefault, false)).body.model).toBe("openai/gpt-4.1-nano");
    expect((await prepareChat({ model: "a/b", prompt: "x" }, withDefault, false)).body.model).toBe("a/b");
    expect((await prepareChat({ models: ["a/b"], prompt: "x" }, withDefault, false)).body.model).toBeUndefined();
  });

  it("checks model ids for dates unless checkModelIds is off", async () => {
    const dated = { model: "anthropic/claude-sonnet-4-20250514", prompt: "x" };
    expect((await rejection(ValidationError, prepareChat(dated, options(), false))).field).toBe("model");
    expect((await prepareChat(dated, options({ checkModelIds: false }), false)).body.model).toBe(dated.model);
  });

  it("uses the default post-processors unless the client sets its own", async () => {
    expect((await prepareChat(hi, options(), false)).processors).toBe(defaultPostProcessors);
    expect((await prepareChat(hi, options({ postProcessors: [] }), false)).processors).toEqual([]);
  });

  it("lets each processor rewrite the request in order, and gives them the params with messages", async () => {
    const seen: ChatParams[] = [];
    const tag = (name: string): PostProcessor =>
      Object.assign((result: ChatResult) => result, {
        prepare: (params: ChatParams, context: { params: ChatParams }) => {
          seen.push(context.params);
          return { ...params, user: `${params.user ?? ""}${name}` };
        },
      });
    const prepared = await prepareChat(hi, options({ postProcessors: [tag("a"), tag("b")] }), false);
    expect(prepared.body.user).toBe("ab");
    expect(prepared.context.params.messages).toEqual([{ role: "user", content: "Hi" }]);
    expect(seen[0]?.prompt).toBe("Hi");
  });

  it("asks for a JSON schema answer when a schema is given, and hands back a parser for the answer", async () => {
    const plain = await prepareChat(hi, options(), false);
    expect(plain.parse).toBeUndefined();
    const prepared = await prepareChat(hi, options(), false, { schema: z.object({ colour: z.string() }), schemaName: "colour" });
    expect(prepared.body.response_format).toMatchObject({ type: "json_schema", json_schema: { name: "colour", strict: true } });
    expect(typeof prepared.parse).toBe("function");
  });
});
