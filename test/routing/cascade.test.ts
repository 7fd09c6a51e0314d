import { describe, expect, it, vi } from "vitest";
import { ValidationError } from "../../src/errors/validation-error.js";
import { type CascadeInput, type CascadeTier, cascade, classifyComplexity } from "../../src/routing/cascade.js";
import type { ChatParams } from "../../src/types/chat-params.js";

const models = {
  simple: "anthropic/claude-haiku-4.5",
  medium: "anthropic/claude-sonnet-4.5",
  complex: "moonshotai/kimi-k2.5",
};

const refactorAsk = `Refactor this module step by step:
1. Extract the parsing into its own function.
2. Then add unit tests for the edge cases.
3. Finally, document the public API.

\`\`\`ts
export function parse(input: string) {
  const parts = input.split(",");
  return parts.map((p) => p.trim());
}
\`\`\``;

describe("classifyComplexity()", () => {
  it("calls a short factual question simple", () => {
    expect(classifyComplexity("What is the capital of France?")).toBe("simple");
    expect(classifyComplexity("Translate 'good morning' into Spanish.")).toBe("simple");
  });

  it("calls a comparison with trade-offs medium", () => {
    expect(classifyComplexity("Compare B-trees and LSM-trees and explain the trade-offs for a write-heavy workload.")).toBe("medium");
  });

  it("calls a code block with a multi-step ask complex", () => {
    expect(classifyComplexity(refactorAsk)).toBe("complex");
  });

  it("counts code-like lines without a fence as code", () => {
    const pasted = "Why does this fail?\nconst a = 1;\nif (a) {\nreturn a;\n}";
    expect(classifyComplexity(pasted)).toBe("medium");
  });

  it("raises the tier with length alone", () => {
    expect(classifyComplexity("word ".repeat(120))).toBe("simple"); // 600 characters: 1 point
    expect(classifyComplexity("word ".repeat(500))).toBe("medium"); // 2,500 characters: 2 points
    expect(classifyComplexity(`${"word ".repeat(2000)} Analyse it and design a plan.`)).toBe("complex");
  });

  it("reads the prompt of a chat request", () => {
    expect(classifyComplexity({ prompt: "Hi there" })).toBe("simple");
    expect(classifyComplexity({ prompt: refactorAsk })).toBe("complex");
  });

  it("reads the latest user turn, not the system prompt or earlier turns", () => {
    const params: ChatParams = {
      messages: [
        { role: "system", content: "x".repeat(10_000) },
        { role: "user", content: refactorAsk },
        { role: "assistant", content: "Done." },
        { role: "user", content: "Thanks! What's 2 + 2?" },
      ],
    };
    expect(classifyComplexity(params)).toBe("simple");
  });

  it("reads text parts of multimodal content and counts media", () => {
    const params: ChatParams = {
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "Compare these two charts." },
            { type: "image_url", image_url: { url: "https://example.com/a.png" } },
          ],
        },
      ],
    };
    expect(classifyComplexity(params)).toBe("medium"); // compare (1) + media (1)
  });

  it("counts tools and a long conversation as signs of an agentic request", () => {
    const turns: ChatParams["messages"] = Array.from({ length: 7 }, (_, i) => ({ role: i % 2 ? "assistant" : "user", content: "ok" }) as const);
    const tools: ChatParams["tools"] = [{ type: "function", function: { name: "search" } }];
    expect(classifyComplexity({ messages: turns })).toBe("simple");
    expect(classifyComplexity({ messages: turns, tools })).toBe("medium");
  });

  it("treats a request without user text as simple", () => {
    expect(classifyComplexity({ messages: [] })).toBe("simple");
    expect(classifyComplexity(null as never)).toBe("simple");
  });
});

describe("cascade()", () => {
  it("picks the model of each tier with the default classifier", async () => {
    const chooser = cascade(models);
    await expect(chooser.pick("What is the capital of France?")).resolves.toEqual({ model: "anthropic/claude-haiku-4.5", tier: "simple" });
    await expect(chooser.pick("Compare B-trees and LSM-trees and explain the trade-offs for a write-heavy workload.")).resolves.toEqual({
      model: "anthropic/claude-sonnet-4.5",
      tier: "medium",
    });
    await expect(chooser.pick({ prompt: refactorAsk })).resolves.toEqual({ model: "moonshotai/kimi-k2.5", tier: "complex" });
  });

  it("uses a synchronous custom classifier and gives it the input as passed", async () => {
    const classify = vi.fn((input: CascadeInput): CascadeTier => (typeof input === "string" && input.includes("prove") ? "complex" : "simple"));
    const chooser = cascade(models, { classify });
    const params: ChatParams = { prompt: "hello" };
    await expect(chooser.pick("please prove it")).resolves.toEqual({ model: "moonshotai/kimi-k2.5", tier: "complex" });
    await expect(chooser.pick(params)).resolves.toEqual({ model: "anthropic/claude-haiku-4.5", tier: "simple" });
    expect(classify).toHaveBeenLastCalledWith(params);
  });

  it("awaits an asynchronous classifier, such as a cheap model call", async () => {
    const cheapModel = async (prompt: string) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return prompt.length > 20 ? " medium\n" : "simple";
    };
    const chooser = cascade(models, {
      classify: async (input) => (await cheapModel(typeof input === "string" ? input : (input.prompt ?? ""))).trim() as "simple" | "medium",
    });
    await expect(chooser.pick("a fairly long question about things")).resolves.toEqual({ model: "anthropic/claude-sonnet-4.5", tier: "medium" });
  });

  it("rejects when the classifier answers something that is not a tier", async () => {
    const chooser = cascade(models, { classify: () => "hard" as never });
    const error = await chooser.pick("x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/returned "hard"; it must return "simple", "medium" or "complex"/);
  });

  it("passes on an error the classifier throws", async () => {
    const failure = new Error("classifier down");
    const chooser = cascade(models, { classify: async () => Promise.reject(failure) });
    await expect(chooser.pick("x")).rejects.toBe(failure);
  });

  it("rejects input that is neither a prompt nor a chat request", async () => {
    const chooser = cascade(models);
    await expect(chooser.pick("")).rejects.toThrow(ValidationError);
    await expect(chooser.pick(42 as never)).rejects.toThrow(/non-empty prompt string or a chat request/);
    await expect(chooser.pick({ model: "a/b" })).rejects.toThrow(ValidationError);
  });

  it("refuses missing, unknown or malformed tiers when it is made", () => {
    expect(() => cascade({ simple: "a/b", medium: "c/d" } as never)).toThrow(/add complex/);
    expect(() => cascade({ ...models, hard: "e/f" } as never)).toThrow(/no option "hard"/);
    expect(() => cascade({ ...models, simple: "haiku" })).toThrow(/no author/);
    expect(() => cascade({ ...models, medium: 5 } as never)).toThrow(/medium must be a model id/);
    expect(() => cascade(undefined as never)).toThrow(ValidationError);
  });

  it("refuses a classify that is not a function", () => {
    expect(() => cascade(models, { classify: "smart" as never })).toThrow(/classify must be a function/);
  });

  it("keeps its own copy of the models", async () => {
    const mutable = { ...models };
    const chooser = cascade(mutable);
    mutable.simple = "other/model";
    await expect(chooser.pick("hi")).resolves.toEqual({ model: "anthropic/claude-haiku-4.5", tier: "simple" });
  });
});
