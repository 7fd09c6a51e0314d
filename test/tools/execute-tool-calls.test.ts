import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ResponseValidationError } from "../../src/errors/index.js";
import { type ExecuteContext, executeToolCalls } from "../../src/tools/execute-tool-calls.js";
import { tool } from "../../src/tools/index.js";
import type { ToolDefinition, ToolResult } from "../../src/tools/types.js";
import type { ToolCall } from "../../src/types/messages.js";

const call = (name: string, args: string | undefined, id = `call_${name}`): ToolCall => ({ id, type: "function", function: { name, arguments: args as string } });

const weather = tool({
  name: "weather",
  parameters: z.object({ city: z.string().transform((c) => c.toUpperCase()) }),
  execute: ({ city }) => ({ city, celsius: 21 }),
});

function context(tools: ToolDefinition[], extra: Partial<ExecuteContext> = {}): ExecuteContext {
  return { tools: new Map(tools.map((t) => [t.name, t])), signal: undefined, messages: [], parallel: true, ...extra };
}

async function run(calls: ToolCall[], ctx: ExecuteContext): Promise<ToolResult[]> {
  const out: ToolResult[] = [];
  for await (const result of executeToolCalls(calls, ctx)) out.push(result);
  return out;
}

describe("executeToolCalls", () => {
  it("runs a tool with its validated (transformed) arguments and answers with a tool message of its JSON output", async () => {
    const [result] = await run([call("weather", '{"city":"Paris"}')], context([weather]));
    expect(result).toEqual({
      toolCallId: "call_weather",
      toolName: "weather",
      input: { city: "PARIS" },
      isError: false,
      output: { city: "PARIS", celsius: 21 },
      message: { role: "tool", tool_call_id: "call_weather", content: '{"city":"PARIS","celsius":21}' },
    });
  });

  it("sends a string output as it is, and undefined as null", async () => {
    const text = tool({ name: "text", parameters: z.object({}), execute: () => "plain words" });
    const nothing = tool({ name: "nothing", parameters: z.object({}), execute: () => undefined });
    const results = await run([call("text", "{}"), call("nothing", "{}")], context([text, nothing]));
    expect(results.map((r) => r.message.content)).toEqual(["plain words", "null"]);
  });

  it("reads empty or missing arguments as {} for a tool without parameters", async () => {
    const ping = tool({ name: "ping", parameters: z.object({}), execute: () => "pong" });
    const results = await run([call("ping", ""), call("ping", "  ", "b"), call("ping", undefined, "c")], context([ping]));
    expect(results.every((r) => !r.isError && r.output === "pong")).toBe(true);
  });

  it("hands execute the call id, the signal and the conversation so far", async () => {
    const seen: unknown[] = [];
    const spy = tool({ name: "spy", parameters: z.object({}), execute: (_args, ctx) => void seen.push(ctx) });
    const signal = new AbortController().signal;
    const messages = [{ role: "user" as const, content: "hi" }];
    await run([call("spy", "{}", "call_9")], context([spy], { signal, messages }));
    expect(seen).toEqual([{ toolCallId: "call_9", signal, messages }]);
  });

  it("answers an unknown tool name with an error naming the available tools, without throwing", async () => {
    const [result] = await run([call("forecast", "{}")], context([weather]));
    expect(result?.isError).toBe(true);
    expect(result?.error).toBeInstanceOf(ResponseValidationError);
    expect(JSON.parse(String(result?.message.content))).toEqual({ error: 'There is no tool named "forecast". Available tools: weather.' });
  });

  it("answers arguments that are not JSON with an error the model can act on, keeping the text", async () => {
    const [result] = await run([call("weather", "{city: Paris}")], context([weather]));
    expect(result?.isError).toBe(true);
    expect((result?.error as ResponseValidationError).text).toBe("{city: Paris}");
    expect(String(result?.message.content)).toContain("are not valid JSON");
  });

  it("answers arguments that fail the schema with the issues, without calling execute, keeping the parsed input", async () => {
    let called = false;
    const strict = tool({ name: "strict", parameters: z.object({ n: z.number() }), execute: () => (called = true) });
    const [result] = await run([call("strict", '{"n":"one"}')], context([strict]));
    expect(called).toBe(false);
    expect(result?.input).toEqual({ n: "one" });
    expect((result?.error as ResponseValidationError).issues?.[0]?.path).toEqual(["n"]);
    expect(String(result?.message.content)).toContain("Invalid arguments for strict: n:");
  });

  it("catches what execute throws, sync or async, and sends its message back", async () => {
    const boom = new Error("database down");
    const sync = tool({ name: "sync", parameters: z.object({}), execute: () => { throw boom; } });
    const later = tool({ name: "later", parameters: z.object({}), execute: async () => Promise.reject("just a string") });
    const blank = tool({ name: "blank", parameters: z.object({}), execute: () => { throw new Error(""); } });
    const results = await run([call("sync", "{}"), call("later", "{}"), call("blank", "{}")], context([sync, later, blank]));
    expect(results[0]?.error).toBe(boom);
    expect(results.map((r) => JSON.parse(String(r.message.content)))).toEqual([{ error: "database down" }, { error: "just a string" }, { error: "The tool failed." }]);
  });

  it("reports an output that cannot be sent as JSON as the tool's error", async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    const bad = tool({ name: "bad", parameters: z.object({}), execute: () => cyclic });
    const [result] = await run([call("bad", "{}")], context([bad]));
    expect(result?.isError).toBe(true);
    expect(String(result?.message.content)).toContain("cannot be sent as JSON");
  });

  it("runs the calls of a step at the same time when parallel, and yields the results in call order", async () => {
    const order: string[] = [];
    const wait = tool({
      name: "wait",
      parameters: z.object({ ms: z.number(), id: z.string() }),
      execute: async ({ ms, id }) => {
        order.push(`start ${id}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        order.push(`end ${id}`);
        return id;
      },
    });
    const calls = [call("wait", '{"ms":30,"id":"a"}', "a"), call("wait", '{"ms":1,"id":"b"}', "b")];
    expect((await run(calls, context([wait]))).map((r) => r.output)).toEqual(["a", "b"]);
    expect(order).toEqual(["start a", "start b", "end b", "end a"]);
    order.length = 0;
    await run(calls, context([wait], { parallel: false }));
    expect(order).toEqual(["start a", "end a", "start b", "end b"]);
  });
});
