import { describe, expect, it } from "vitest";
import * as z from "zod";
import { toChatResult } from "../../src/chat/to-chat-result.js";
import { AbortError, ValidationError } from "../../src/errors/index.js";
import { tool } from "../../src/tools/index.js";
import { type SendStep, checkToolRun, toolLoop } from "../../src/tools/tool-loop.js";
import type { RunToolsEvent, RunToolsResult } from "../../src/tools/types.js";
import type { ChatCompletion } from "../../src/types/chat-completion.js";
import type { ChatParams } from "../../src/types/chat-params.js";
import type { ChatResult } from "../../src/types/chat-result.js";
import { thrown } from "../helpers/thrown.js";

const add = tool({ name: "add", parameters: z.object({ a: z.number(), b: z.number() }), execute: ({ a, b }) => a + b });

/** A model answer: text, or calls of `add`. */
function answer(content: string, calls: { a: number; b: number }[] = [], cost = 0.001): ChatResult {
  const tool_calls = calls.map((args, i) => ({ id: `call_${i}`, type: "function" as const, function: { name: "add", arguments: JSON.stringify(args) } }));
  const completion = {
    id: "gen-1",
    model: "openai/gpt-4o",
    choices: [{ index: 0, finish_reason: calls.length ? "tool_calls" : "stop", message: { role: "assistant", content, ...(calls.length ? { tool_calls } : {}) } }],
    usage: { prompt_tokens: 10, completion_tokens: 2, total_tokens: 12, cost },
  } as unknown as ChatCompletion;
  return toChatResult(completion, undefined);
}

/** A send that answers with `answers` in turn and records what each request carried. */
function scripted(answers: ChatResult[]): { send: SendStep; sent: ChatParams[] } {
  const sent: ChatParams[] = [];
  const send: SendStep = async function* (params) {
    sent.push(params);
    const next = answers.shift();
    if (!next) throw new Error("no more answers");
    return next;
  };
  return { send, sent };
}

async function drive(generator: AsyncGenerator<RunToolsEvent, RunToolsResult>): Promise<{ events: RunToolsEvent[]; result: RunToolsResult }> {
  const events: RunToolsEvent[] = [];
  for (;;) {
    const next = await generator.next();
    if (next.done) return { events, result: next.value };
    events.push(next.value);
  }
}

describe("checkToolRun", () => {
  const params: ChatParams = { model: "openai/gpt-4o", prompt: "1+2?" };

  it("indexes the tools by name, sends the caller's wire tools first, and keeps request options apart", () => {
    const server = { type: "openrouter:web_search" } as never;
    const run = checkToolRun({ ...params, tools: [server] }, { tools: [add], maxSteps: 3, timeout: 5000, stream: true } as never);
    expect([...run.tools.keys()]).toEqual(["add"]);
    expect(run.wireTools).toEqual([server, add.definition]);
    expect(run.maxSteps).toBe(3);
    expect(run.requestOptions).toEqual({ timeout: 5000 });
  });

  it("allows 8 requests by default", () => {
    expect(checkToolRun(params, { tools: [add] }).maxSteps).toBe(8);
  });

  it("refuses missing options, no tools, and something that is not a tool, naming the field", () => {
    expect(thrown(ValidationError, () => checkToolRun(params, undefined as never)).field).toBe("tools");
    expect(thrown(ValidationError, () => checkToolRun(params, { tools: [] })).field).toBe("tools");
    expect(thrown(ValidationError, () => checkToolRun(params, { tools: [add, { name: "x" } as never] })).field).toBe("tools.1");
  });

  it("refuses a maxSteps that is not a whole number of at least 1", () => {
    for (const maxSteps of [0, 1.5, Number.NaN]) expect(thrown(ValidationError, () => checkToolRun(params, { tools: [add], maxSteps })).field).toBe("maxSteps");
  });

  it("refuses two tools of one name, among its own or against params.tools", () => {
    expect(thrown(ValidationError, () => checkToolRun(params, { tools: [add, add] })).message).toContain('Two tools are named "add"');
    expect(thrown(ValidationError, () => checkToolRun({ ...params, tools: [add.definition] }, { tools: [add] })).field).toBe("tools.0");
  });
});

describe("toolLoop", () => {
  it("sends the first request as given, then the history with each assistant message and tool result", async () => {
    const { send, sent } = scripted([answer("", [{ a: 1, b: 2 }]), answer("3")]);
    const run = checkToolRun({ model: "openai/gpt-4o", prompt: "1+2?", temperature: 0 }, { tools: [add] });
    const { result } = await drive(toolLoop(run, send, undefined));
    expect(sent[0]).toEqual({ model: "openai/gpt-4o", prompt: "1+2?", temperature: 0, tools: [add.definition] });
    expect(sent[1]?.prompt).toBeUndefined();
    expect(sent[1]?.temperature).toBe(0);
    expect(sent[1]?.messages?.map((m) => m.role)).toEqual(["user", "assistant", "tool"]);
    expect(sent[1]?.messages?.[2]).toEqual({ role: "tool", tool_call_id: "call_0", content: "3" });
    expect(result.text).toBe("3");
    expect(result.stoppedBy).toBe("answer");
    expect(result.messages).toHaveLength(4);
  });

  it("yields tool calls, tool results and step ends in order, then done with the result it returns", async () => {
    const { send } = scripted([answer("", [{ a: 1, b: 1 }]), answer("2")]);
    const { events, result } = await drive(toolLoop(checkToolRun({ model: "m/x", prompt: "?" }, { tools: [add] }), send, undefined));
    expect(events.map((e) => e.type)).toEqual(["tool-call", "tool-result", "step-end", "step-end", "done"]);
    expect(events.at(-1)).toEqual({ type: "done", result });
  });

  it("stops at maxSteps with the last calls executed but not sent, and sums usage over the steps", async () => {
    const { send, sent } = scripted([answer("", [{ a: 1, b: 1 }], 0.001), answer("", [{ a: 2, b: 2 }], 0.002)]);
    const { result } = await drive(toolLoop(checkToolRun({ model: "m/x", prompt: "?" }, { tools: [add], maxSteps: 2 }), send, undefined));
    expect(sent).toHaveLength(2);
    expect(result.stoppedBy).toBe("maxSteps");
    expect(result.steps.map((s) => s.toolResults[0]?.output)).toEqual([2, 4]);
    expect(result.totalUsage).toMatchObject({ promptTokens: 20, totalTokens: 24, stepsWithoutCost: 0 });
    expect(result.totalUsage.cost).toBeCloseTo(0.003, 12);
  });

  it("awaits onStep for each step before the next request", async () => {
    const log: string[] = [];
    const { send } = scripted([answer("", [{ a: 1, b: 1 }]), answer("done")]);
    const logging: SendStep = async function* (params, options, step) {
      log.push(`send ${step}`);
      return yield* send(params, options, step);
    };
    const onStep = async (step: { index: number }) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(`step ${step.index}`);
    };
    await drive(toolLoop(checkToolRun({ model: "m/x", prompt: "?" }, { tools: [add], onStep }), logging, undefined));
    expect(log).toEqual(["send 0", "step 0", "send 1", "step 1"]);
  });

  it("starts from the caller's messages, and runs tools one by one with parallel_tool_calls: false", async () => {
    const messages = [{ role: "system" as const, content: "Be brief" }, { role: "user" as const, content: "?" }];
    const { send, sent } = scripted([answer("", [{ a: 1, b: 2 }]), answer("ok")]);
    const run = checkToolRun({ model: "m/x", messages, parallel_tool_calls: false }, { tools: [add] });
    await drive(toolLoop(run, send, undefined));
    expect(sent[1]?.messages?.slice(0, 2)).toEqual(messages);
    expect(sent[1]?.parallel_tool_calls).toBe(false);
  });

  it("throws AbortError with the step's result once the signal fires while tools run", async () => {
    const controller = new AbortController();
    const stopper = tool({ name: "add", parameters: z.object({ a: z.number(), b: z.number() }), execute: () => controller.abort(new Error("user left")) });
    const step = answer("", [{ a: 1, b: 1 }]);
    const { send, sent } = scripted([step, answer("never")]);
    const error = await drive(toolLoop(checkToolRun({ model: "m/x", prompt: "?" }, { tools: [stopper] }), send, controller.signal)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).partial).toBe(step);
    expect(sent).toHaveLength(1);
  });
});
