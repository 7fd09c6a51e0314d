import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
import type { Client } from "../../src/core/client.js";
import {
  type RunToolsEvent,
  type RunToolsResult,
  type ToolContext,
  type ToolDefinition,
  type ToolRunStream,
  runTools,
  tool,
} from "../../src/tools/index.js";
import type { ChatResult } from "../../src/types/chat-result.js";

declare const client: Client;

describe("tool types", () => {
  it("execute's arguments are typed from parameters (the schema's output), and its context too", () => {
    tool({
      name: "get_weather",
      parameters: z.object({ city: z.string(), unit: z.enum(["c", "f"]).default("c"), days: z.number().optional() }),
      execute: (args, context) => {
        expectTypeOf(args).toEqualTypeOf<{ city: string; unit: "c" | "f"; days?: number | undefined }>();
        expectTypeOf(context).toEqualTypeOf<ToolContext>();
        expectTypeOf(context.signal).toEqualTypeOf<AbortSignal | undefined>();
        return { celsius: 21 };
      },
    });
  });

  it("a tool keeps its argument and (awaited) result types, and any tool fits runTools' list", () => {
    const add = tool({ name: "add", parameters: z.object({ a: z.number(), b: z.number() }), execute: async ({ a, b }) => a + b });
    expectTypeOf(add).toEqualTypeOf<ToolDefinition<{ a: number; b: number }, number>>();
    expectTypeOf(add).toExtend<ToolDefinition>();
    // @ts-expect-error the arguments do not match the schema
    tool({ name: "bad", parameters: z.object({ a: z.number() }), execute: ({ b }) => b });
  });

  it("runTools returns a promise of the result, or a stream of events with stream: true", () => {
    const add = tool({ name: "add", parameters: z.object({ a: z.number() }), execute: ({ a }) => a });
    expectTypeOf(runTools(client, { prompt: "x" }, { tools: [add] })).toEqualTypeOf<Promise<RunToolsResult>>();
    expectTypeOf(runTools(client, { prompt: "x" }, { tools: [add], stream: false })).toEqualTypeOf<Promise<RunToolsResult>>();
    const run = runTools(client, { prompt: "x" }, { tools: [add], stream: true });
    expectTypeOf(run).toEqualTypeOf<ToolRunStream>();
    expectTypeOf(run).toExtend<AsyncIterable<RunToolsEvent>>();
    expectTypeOf<RunToolsResult>().toExtend<ChatResult>();
    expectTypeOf<RunToolsResult["stoppedBy"]>().toEqualTypeOf<"answer" | "maxSteps">();
  });
});
