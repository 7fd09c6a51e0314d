import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { createClient } from "../../src/core/client.js";
import { AbortError } from "../../src/errors/index.js";
import { type RunToolsEvent, runTools, tool } from "../../src/tools/index.js";
import { fixtureText } from "../helpers/fixtures.js";
import { type LocalOpenRouter, type Step, startLocalOpenRouter } from "../server/openrouter-server.js";

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const client = () => createClient({ apiKey: "sk-or-v1-local", baseURL: server.baseURL, maxRetries: 0 });

const testTool = tool({
  name: "test-tool",
  parameters: z.object({ value: z.string() }),
  execute: ({ value }) => `${value} is on a Sunday`,
});

const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
  data: { id: "gen-t1", object: "chat.completion.chunk", created: 1, model: "openai/gpt-4o", choices: [{ index: 0, delta, finish_reason: finish }] },
});
const textStream = (...pieces: string[]): Step[] => [...pieces.map((content) => chunk({ role: "assistant", content })), chunk({}, "stop"), { done: true }];
const toolCallStream = { steps: [{ raw: fixtureText("chat-stream-tool-calls.sse") }] };

describe("runTools(…, { stream: true })", () => {
  it("yields tool calls, tool results, step ends, text deltas and done, in order, on the shared tool-call stream", async () => {
    server.enqueue(toolCallStream, { steps: textStream("Sparkle Day ", "is a Sunday.") });
    const events: RunToolsEvent[] = [];
    for await (const event of runTools(client(), { model: "openai/gpt-4o", prompt: "When is Sparkle Day?" }, { tools: [testTool], stream: true })) {
      events.push(event);
    }
    expect(events.map((e) => e.type)).toEqual(["tool-call", "tool-result", "step-end", "text", "text", "step-end", "done"]);
    const [call, result] = events as [Extract<RunToolsEvent, { type: "tool-call" }>, Extract<RunToolsEvent, { type: "tool-result" }>];
    expect(call.toolCall).toEqual({ id: "call_O17Uplv4lJvD6DVdIvFFeRMw", type: "function", function: { name: "test-tool", arguments: '{"value":"Sparkle Day"}' } });
    expect(result.toolResult).toMatchObject({ isError: false, input: { value: "Sparkle Day" }, output: "Sparkle Day is on a Sunday" });
    const done = events.at(-1) as Extract<RunToolsEvent, { type: "done" }>;
    expect(done.result.text).toBe("Sparkle Day is a Sunday.");
    expect(done.result.steps[0]?.usage?.total_tokens).toBe(70);
    expect(done.result.totalUsage.stepsWithoutCost).toBe(2);

    const second = server.requests.at(-1)?.body;
    expect(second.stream).toBe(true);
    expect(second.tools).toEqual(server.requests.at(-2)?.body.tools);
    expect(second.tools).toEqual([testTool.definition]);
    expect(second.messages).toEqual([
      { role: "user", content: "When is Sparkle Day?" },
      { role: "assistant", content: null, tool_calls: [call.toolCall] },
      { role: "tool", tool_call_id: "call_O17Uplv4lJvD6DVdIvFFeRMw", content: "Sparkle Day is on a Sunday" },
    ]);
  });

  it("echoes streamed reasoning and reasoning_details (with the late signature) before the tool result, and yields reasoning deltas", async () => {
    const detail = (fields: Record<string, unknown>) => ({ reasoning_details: [{ type: "reasoning.text", index: 0, format: "anthropic-claude-v1", ...fields }] });
    server.enqueue(
      {
        steps: [
          chunk({ role: "assistant", content: "", reasoning: "Need the ", ...detail({ text: "Need the " }) }),
          chunk({ role: "assistant", content: "", reasoning: "tool.", ...detail({ text: "tool." }) }),
          chunk({ role: "assistant", ...detail({ signature: "sig-abc" }) }),
          chunk({ role: "assistant", tool_calls: [{ index: 0, id: "call_1", type: "function", function: { name: "test-tool", arguments: '{"value":"x"}' } }] }),
          chunk({}, "tool_calls"),
          { done: true },
        ],
      },
      { steps: textStream("ok") },
    );
    const run = runTools(client(), { model: "anthropic/claude-sonnet-4.5", prompt: "x" }, { tools: [testTool], stream: true });
    const reasoning: string[] = [];
    for await (const event of run) if (event.type === "reasoning") reasoning.push(event.text);
    const result = await run.final();
    expect(reasoning).toEqual(["Need the ", "tool."]);
    const assistant = server.requests.at(-1)?.body.messages[1];
    expect(assistant.reasoning).toBe("Need the tool.");
    expect(assistant.reasoning_details).toEqual(result.steps[0]?.result.message.reasoning_details);
    expect(assistant.reasoning_details).toEqual([{ type: "reasoning.text", index: 0, format: "anthropic-claude-v1", text: "Need the tool.", signature: "sig-abc" }]);
    expect(server.requests.at(-1)?.body.messages[2].role).toBe("tool");
  });

  it("gives the result through final() without iterating", async () => {
    server.enqueue(toolCallStream, { steps: textStream("done") });
    const result = await runTools(client(), { model: "openai/gpt-4o", prompt: "x" }, { tools: [testTool], stream: true }).final();
    expect(result.text).toBe("done");
    expect(result.stoppedBy).toBe("answer");
    expect(result.steps.map((s) => s.toolCalls.length)).toEqual([1, 0]);
  });

  it("closes the connection on break, and final() then rejects with AbortError", async () => {
    server.enqueue(toolCallStream, { steps: [chunk({ role: "assistant", content: "first" }), { stall: true }] });
    const run = runTools(client(), { model: "openai/gpt-4o", prompt: "x" }, { tools: [testTool], stream: true });
    for await (const event of run) if (event.type === "text") break;
    await server.lastSocketClosed();
    expect(await run.final().catch((e) => e)).toBeInstanceOf(AbortError);
  });

  it("refuses bad options at once, before sending", () => {
    expect(() => runTools(client(), { model: "openai/gpt-4o", prompt: "x" }, { tools: [], stream: true })).toThrow(/non-empty array/);
  });
});
