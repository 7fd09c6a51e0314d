import { describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { AbortError, ResponseValidationError, ValidationError } from "../../src/errors/index.js";
import { type RunToolsOptions, type ToolStep, runTools, tool } from "../../src/tools/index.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { api, testClient, useNock } from "../helpers/nock.js";

useNock();

const searchRecipes = tool({
  name: "search_recipes",
  description: "Search recipes by name",
  parameters: z.object({ query: z.string() }),
  execute: async ({ query }) => [{ title: `Classic ${query}`, minutes: 30 }],
});

/** A response making these tool calls, in the envelope of the shared tool-call capture. */
function callsResponse(calls: { id: string; name: string; arguments: string }[], patch: (message: any) => void = () => {}) {
  const body = fixtureJSON("chat-tool-call.json");
  body.choices[0].message.tool_calls = calls.map((call, index) => ({ type: "function", index, id: call.id, function: { name: call.name, arguments: call.arguments } }));
  patch(body.choices[0].message);
  return body;
}

/** A final text answer, in the envelope of the shared basic capture. */
function textResponse(text: string, usage?: Record<string, unknown>) {
  const body = fixtureJSON("chat-nonstream-basic.json");
  body.choices[0].message.content = text;
  if (usage) body.usage = usage;
  return body;
}

/** Answers the chat requests in order with these bodies, recording each request body. */
function replies(...bodies: unknown[]): any[] {
  const sent: any[] = [];
  for (const body of bodies) {
    api()
      .post("/api/v1/chat/completions", (b) => (sent.push(b), true))
      .reply(200, body as Record<string, unknown>);
  }
  return sent;
}

describe("runTools() on the shared tool-call capture", () => {
  it("executes the call, then sends the assistant message (tool_calls, reasoning, reasoning_details unchanged) before the tool result, with the same tools", async () => {
    const first = fixtureJSON("chat-tool-call.json");
    const sent = replies(first, textResponse("Here is a pad thai recipe: Classic pad thai, 30 minutes."));
    const params = { model: "qwen/qwen3.5-35b-a3b", temperature: 0.3, messages: [{ role: "user" as const, content: "A pad thai recipe?" }] };
    const result = await runTools(testClient(), params, { tools: [searchRecipes] });

    expect(sent).toHaveLength(2);
    const wireTool = {
      type: "function",
      function: {
        name: "search_recipes",
        description: "Search recipes by name",
        parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"], additionalProperties: false },
      },
    };
    expect(sent[0]).toEqual({ ...params, tools: [wireTool] });

    const second = sent[1];
    expect(Object.keys(second).sort()).toEqual(["messages", "model", "temperature", "tools"]);
    expect(second.model).toBe("qwen/qwen3.5-35b-a3b");
    expect(second.temperature).toBe(0.3);
    expect(second.tools).toEqual(sent[0].tools);
    expect(second.messages).toHaveLength(3);
    expect(second.messages[0]).toEqual({ role: "user", content: "A pad thai recipe?" });
    const wireMessage = first.choices[0].message;
    expect(second.messages[1].role).toBe("assistant");
    expect(second.messages[1].content).toBeNull();
    expect(second.messages[1].tool_calls).toEqual(wireMessage.tool_calls);
    expect(second.messages[1].reasoning).toBe(wireMessage.reasoning);
    expect(JSON.stringify(second.messages[1].reasoning_details)).toBe(JSON.stringify(wireMessage.reasoning_details));
    expect(second.messages[2]).toEqual({
      role: "tool",
      tool_call_id: "call_7b205c4c32234f3e91624804",
      content: JSON.stringify([{ title: "Classic pad thai", minutes: 30 }]),
    });

    expect(result.text).toBe("Here is a pad thai recipe: Classic pad thai, 30 minutes.");
    expect(result.stoppedBy).toBe("answer");
    expect(result.steps).toHaveLength(2);
    expect(result.steps[0]?.toolCalls).toEqual(wireMessage.tool_calls);
    expect(result.steps[0]?.toolResults).toEqual([
      expect.objectContaining({ toolName: "search_recipes", input: { query: "pad thai" }, isError: false, output: [{ title: "Classic pad thai", minutes: 30 }] }),
    ]);
    expect(result.steps[0]?.finishReason).toBe("tool_calls");
    expect(result.steps[0]?.usage?.total_tokens).toBe(1143);
    expect(result.steps[1]?.toolCalls).toEqual([]);
    expect(result.messages).toEqual([...second.messages, result.message]);
  });

  it("sends back the reasoning of a Kimi-style turn (empty content, reasoning only), which Kimi requires on tool turns", async () => {
    const first = callsResponse([{ id: "c1", name: "search_recipes", arguments: '{"query": "laksa"}' }], (message) => {
      message.content = "";
      message.reasoning = "I should search for laksa.";
      delete message.reasoning_details;
    });
    const sent = replies(first, textResponse("Found one."));
    await runTools(testClient(), { model: "moonshotai/kimi-k2.5", prompt: "laksa?" }, { tools: [searchRecipes] });
    expect(sent[1].messages[1]).toEqual({
      role: "assistant",
      content: null,
      tool_calls: first.choices[0].message.tool_calls,
      reasoning: "I should search for laksa.",
    });
  });

  it("sums tokens and cost over the steps in totalUsage", async () => {
    const [first, second] = [fixtureJSON("chat-tool-call.json").usage, fixtureJSON("chat-nonstream-basic.json").usage];
    replies(fixtureJSON("chat-tool-call.json"), textResponse("Done."));
    const result = await runTools(testClient(), { model: "qwen/qwen3.5-35b-a3b", prompt: "pad thai?" }, { tools: [searchRecipes] });
    expect(result.totalUsage).toEqual({
      promptTokens: 1077 + 135,
      completionTokens: 66 + 5,
      totalTokens: 1143 + 140,
      reasoningTokens: 41,
      cachedTokens: 1056,
      cost: expect.closeTo(first.cost + second.cost, 12),
      stepsWithoutCost: 0,
    });
    expect([first.prompt_tokens, second.prompt_tokens, first.total_tokens, second.total_tokens]).toEqual([1077, 135, 1143, 140]);
  });

  it("counts a step whose usage has no cost instead of guessing it", async () => {
    replies(fixtureJSON("chat-tool-call.json"), textResponse("Done.", { prompt_tokens: 10, completion_tokens: 2, total_tokens: 12 }));
    const result = await runTools(testClient(), { model: "qwen/qwen3.5-35b-a3b", prompt: "pad thai?" }, { tools: [searchRecipes] });
    expect(result.totalUsage.cost).toBe(0.00012195);
    expect(result.totalUsage.stepsWithoutCost).toBe(1);
    expect(result.totalUsage.totalTokens).toBe(1143 + 12);
  });
});

describe("runTools() when a tool call goes wrong, the model gets the error and the run goes on", () => {
  it("sends arguments that fail the schema back as an error, without calling execute", async () => {
    const execute = vi.fn(() => "never");
    const weather = tool({ name: "get_weather", parameters: z.object({ city: z.string() }), execute });
    const sent = replies(callsResponse([{ id: "c1", name: "get_weather", arguments: '{"town": "Paris"}' }]), textResponse("Sorry."));
    const result = await runTools(testClient(), { model: "openai/gpt-4o", prompt: "Weather?" }, { tools: [weather] });
    expect(execute).not.toHaveBeenCalled();
    const toolMessage = sent[1].messages[2];
    expect(toolMessage.tool_call_id).toBe("c1");
    expect(JSON.parse(toolMessage.content).error).toMatch(/Invalid arguments for get_weather: city: /);
    const [failed] = result.steps[0]?.toolResults ?? [];
    expect(failed?.isError).toBe(true);
    expect(failed?.error).toBeInstanceOf(ResponseValidationError);
    expect(failed?.input).toEqual({ town: "Paris" });
    expect(result.text).toBe("Sorry.");
  });

  it("sends a throwing execute's message back as {\"error\": …}", async () => {
    const flaky = tool({
      name: "flaky",
      parameters: z.object({}),
      execute: () => {
        throw new Error("service unavailable");
      },
    });
    const sent = replies(callsResponse([{ id: "c1", name: "flaky", arguments: "{}" }]), textResponse("It failed, try later."));
    const result = await runTools(testClient(), { model: "openai/gpt-4o", prompt: "x" }, { tools: [flaky] });
    expect(sent[1].messages[2]).toEqual({ role: "tool", tool_call_id: "c1", content: '{"error":"service unavailable"}' });
    expect(result.steps[0]?.toolResults[0]?.error).toEqual(new Error("service unavailable"));
    expect(result.stoppedBy).toBe("answer");
  });

  it("answers an unknown tool name with an error naming the available tools", async () => {
    const sent = replies(callsResponse([{ id: "c1", name: "get_wether", arguments: "{}" }]), textResponse("ok"));
    await runTools(testClient(), { model: "openai/gpt-4o", prompt: "x" }, { tools: [searchRecipes] });
    expect(JSON.parse(sent[1].messages[2].content).error).toBe('There is no tool named "get_wether". Available tools: search_recipes.');
  });

  it("answers arguments that are not JSON with an error", async () => {
    const sent = replies(callsResponse([{ id: "c1", name: "search_recipes", arguments: '{"query": "pad' }]), textResponse("ok"));
    await runTools(testClient(), { model: "openai/gpt-4o", prompt: "x" }, { tools: [searchRecipes] });
    expect(JSON.parse(sent[1].messages[2].content).error).toMatch(/not valid JSON/);
  });

  it('runs a zero-argument tool whose arguments came back as ""', async () => {
    const now = tool({ name: "now", parameters: z.object({}), execute: (args) => ({ args, time: "12:00" }) });
    const sent = replies(callsResponse([{ id: "c1", name: "now", arguments: "" }]), textResponse("It is noon."));
    const result = await runTools(testClient(), { model: "openai/gpt-4o", prompt: "Time?" }, { tools: [now] });
    expect(sent[1].messages[1].tool_calls[0].function.arguments).toBe("{}");
    expect(sent[1].messages[2].content).toBe('{"args":{},"time":"12:00"}');
    expect(result.text).toBe("It is noon.");
  });
});

describe("runTools() loop control", () => {
  const slow = (log: string[], active: { now: number; max: number }) =>
    tool({
      name: "slow",
      parameters: z.object({ n: z.number() }),
      execute: async ({ n }) => {
        active.now++;
        active.max = Math.max(active.max, active.now);
        log.push(`start ${n}`);
        await new Promise((done) => setTimeout(done, n === 1 ? 40 : 10));
        log.push(`end ${n}`);
        active.now--;
        return n * 10;
      },
    });
  const twoCalls = () =>
    callsResponse([
      { id: "c1", name: "slow", arguments: '{"n": 1}' },
      { id: "c2", name: "slow", arguments: '{"n": 2}' },
    ]);

  it("runs the calls of one step at the same time and sends the results in call order", async () => {
    const log: string[] = [];
    const active = { now: 0, max: 0 };
    const sent = replies(twoCalls(), textResponse("30"));
    await runTools(testClient(), { model: "openai/gpt-4o", prompt: "x" }, { tools: [slow(log, active)] });
    expect(active.max).toBe(2);
    expect(log).toEqual(["start 1", "start 2", "end 2", "end 1"]);
    expect(sent[1].messages.slice(2)).toEqual([
      { role: "tool", tool_call_id: "c1", content: "10" },
      { role: "tool", tool_call_id: "c2", content: "20" },
    ]);
  });

  it("runs them one after the other with parallel_tool_calls: false", async () => {
    const log: string[] = [];
    const active = { now: 0, max: 0 };
    const sent = replies(twoCalls(), textResponse("30"));
    await runTools(testClient(), { model: "openai/gpt-4o", prompt: "x", parallel_tool_calls: false }, { tools: [slow(log, active)] });
    expect(active.max).toBe(1);
    expect(log).toEqual(["start 1", "end 1", "start 2", "end 2"]);
    expect(sent[1].parallel_tool_calls).toBe(false);
  });

  it("stops after maxSteps requests, with the last calls executed and stoppedBy: maxSteps", async () => {
    const call = (id: string) => callsResponse([{ id, name: "search_recipes", arguments: '{"query": "x"}' }]);
    const sent = replies(call("c1"), call("c2"));
    const steps: ToolStep[] = [];
    const result = await runTools(testClient(), { model: "openai/gpt-4o", prompt: "x" }, { tools: [searchRecipes], maxSteps: 2, onStep: (step) => void steps.push(step) });
    expect(sent).toHaveLength(2);
    expect(result.stoppedBy).toBe("maxSteps");
    expect(result.steps).toHaveLength(2);
    expect(steps).toEqual(result.steps);
    expect(result.toolCalls[0]?.id).toBe("c2");
    expect(result.messages.at(-1)).toEqual({ role: "tool", tool_call_id: "c2", content: '[{"title":"Classic x","minutes":30}]' });
  });

  it("awaits onStep once per request, in order", async () => {
    replies(fixtureJSON("chat-tool-call.json"), textResponse("done"));
    const seen: number[] = [];
    await runTools(testClient(), { model: "openai/gpt-4o", prompt: "x" }, {
      tools: [searchRecipes],
      onStep: async (step) => {
        await new Promise((done) => setTimeout(done, 5));
        seen.push(step.index);
      },
    });
    expect(seen).toEqual([0, 1]);
  });

  it("passes the signal and the call id to execute, and stops with AbortError when it fires while tools run", async () => {
    const controller = new AbortController();
    let context: any;
    const waits = tool({
      name: "waits",
      parameters: z.object({}),
      execute: (_args, ctx) => {
        context = ctx;
        controller.abort(new Error("user left"));
        return "late";
      },
    });
    replies(callsResponse([{ id: "c9", name: "waits", arguments: "{}" }]));
    const error = await runTools(testClient(), { model: "openai/gpt-4o", prompt: "x" }, { tools: [waits], signal: controller.signal }).catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(context.toolCallId).toBe("c9");
    expect(context.signal.aborted).toBe(true);
    expect(context.messages.at(-1).tool_calls[0].id).toBe("c9");
  });

  it("keeps the caller's server tools and sends them with its own on every request", async () => {
    const sent = replies(fixtureJSON("chat-tool-call.json"), textResponse("done"));
    const webSearch = { type: "openrouter:web_search", parameters: { max_results: 3 } };
    await runTools(testClient(), { model: "openai/gpt-4o", prompt: "x", tools: [webSearch] }, { tools: [searchRecipes] });
    for (const body of sent) expect(body.tools).toEqual([webSearch, searchRecipes.definition]);
  });
});

describe("runTools() input checks, before anything is sent", () => {
  it.each([
    ["no tools", { tools: [] }, "tools"],
    ["something that is not a tool", { tools: [{ name: "x" }] }, "tools.0"],
    ["two tools with one name", { tools: [searchRecipes, searchRecipes] }, "tools.1"],
    ["maxSteps 0", { tools: [searchRecipes], maxSteps: 0 }, "maxSteps"],
  ])("rejects %s", async (_what, options, field) => {
    const error = await runTools(testClient(), { model: "openai/gpt-4o", prompt: "x" }, options as RunToolsOptions & { stream?: false }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe(field);
  });

  it("rejects a tool named like one of params.tools", async () => {
    const error = await runTools(testClient(), { model: "openai/gpt-4o", prompt: "x", tools: [searchRecipes.definition] }, { tools: [searchRecipes] }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
  });
});

describe("runTools() on upstreams that break tool-call ids, and what the history keeps", () => {
  it("answers each call under its own non-empty tool_call_id when the upstream sent empty ones", async () => {
    const first = callsResponse([{ id: "", name: "search_recipes", arguments: '{"query":"a"}' }, { id: "", name: "search_recipes", arguments: '{"query":"b"}' }]);
    const sent = replies(first, textResponse("done"));
    await runTools(testClient(), { model: "a/b", prompt: "x" }, { tools: [searchRecipes] });
    const messages = sent[1].messages;
    const assistantIds = messages[1].tool_calls.map((c: any) => c.id);
    const toolIds = messages.filter((m: any) => m.role === "tool").map((m: any) => m.tool_call_id);
    expect(new Set(assistantIds).size).toBe(2);
    expect(toolIds).toEqual(assistantIds);
    expect(toolIds.every((id: string) => id !== "")).toBe(true);
  });

  it("sends the assistant message back with its file annotations, so the PDF is not parsed again", async () => {
    const annotations = [{ type: "file", file: { hash: "h1", name: "doc.pdf", content: [{ type: "text", text: "parsed" }] } }];
    const first = callsResponse([{ id: "call_1", name: "search_recipes", arguments: '{"query":"a"}' }], (m) => (m.annotations = annotations));
    const sent = replies(first, textResponse("done"));
    await runTools(testClient(), { model: "a/b", prompt: "x" }, { tools: [searchRecipes] });
    expect(sent[1].messages[1].annotations).toEqual(annotations);
  });
});
