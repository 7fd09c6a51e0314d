import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
import * as zm from "zod/mini";
import { chat } from "../../src/chat/chat.js";
import { type ChatStream, stream } from "../../src/chat/stream.js";
import type { Client } from "../../src/core/client.js";
import type { InferSchemaInput, InferSchemaOutput, StandardSchemaV1 } from "../../src/structured/index.js";
import type { ChatResult } from "../../src/types/chat-result.js";

declare const client: Client;
const city = z.object({ name: z.string(), population: z.number(), tags: z.array(z.string()).default([]) });
type City = { name: string; population: number; tags: string[] };

describe("structured output types", () => {
  it("zod and zod/mini schemas are Standard Schemas whose output type is inferred", () => {
    expectTypeOf(city).toExtend<StandardSchemaV1>();
    expectTypeOf(zm.object({ a: zm.string() })).toExtend<StandardSchemaV1>();
    expectTypeOf<InferSchemaOutput<typeof city>>().toEqualTypeOf<City>();
    expectTypeOf<InferSchemaInput<typeof city>>().toEqualTypeOf<{ name: string; population: number; tags?: string[] | undefined }>();
  });

  it("chat() with a schema types result.json as the schema's output, not undefined", async () => {
    const result = await chat(client, { prompt: "x" }, { schema: city });
    expectTypeOf(result.json).toEqualTypeOf<City>();
    expectTypeOf(result).toExtend<ChatResult<City>>();
    const mini = await chat(client, { prompt: "x" }, { schema: zm.object({ a: zm.number() }), jsonSchema: {} });
    expectTypeOf(mini.json).toEqualTypeOf<{ a: number }>();
  });

  it("chat() without a schema keeps json unknown, or the type given", async () => {
    expectTypeOf((await chat(client, { prompt: "x" })).json).toEqualTypeOf<unknown>();
    expectTypeOf((await chat<{ ok: boolean }>(client, { prompt: "x" })).json).toEqualTypeOf<{ ok: boolean } | undefined>();
  });

  it("stream() with a schema gives a ChatStream whose final() json is typed", async () => {
    const answer = await stream(client, { prompt: "x" }, { schema: city });
    expectTypeOf(answer).toEqualTypeOf<ChatStream<City>>();
    expectTypeOf((await answer.final()).json).toEqualTypeOf<City | undefined>();
    expectTypeOf(await stream(client, { prompt: "x" })).toEqualTypeOf<ChatStream>();
  });
});
