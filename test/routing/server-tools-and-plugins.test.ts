import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/validation-error.js";
import {
  advisorTool, autoBetaRouterPlugin, bashTool, datetimeTool, filesTool, fusionPlugin, fusionTool, imageGenerationTool, moderationPlugin,
  paretoRouterPlugin, searchModelsTool, subagentTool, webFetchPlugin, webFetchTool,
} from "../../src/routing/index.js";
import { webPlugin } from "../../src/routing/plugins.js";
import type { ChatParams } from "../../src/types/chat-params.js";

const refuses = (build: () => unknown, field: string, message: RegExp) => {
  expect(build).toThrow(ValidationError);
  expect(build).toThrow(expect.objectContaining({ field, message: expect.stringMatching(message) }));
};

describe("the server tools the document names", () => {
  it("are built under their wire types and names, and fit in ChatParams.tools", () => {
    const tools = [
      webFetchTool({ allowed_domains: ["nodejs.org"], max_uses: 2 }),
      datetimeTool({ timezone: "Europe/Paris" }),
      imageGenerationTool({ model: "google/gemini-2.5-flash-image", quality: "high" }),
      fusionTool({ analysis_models: ["openai/gpt-4.1"], model: "anthropic/claude-sonnet-4.5", max_tool_calls: 4 }),
      advisorTool({ model: "openai/o3", instructions: "Check the maths." }),
      subagentTool({ model: "openai/gpt-4.1-mini", max_tool_calls: 5, tools: [{ type: "openrouter:web_search" }] }),
      bashTool(),
      filesTool(),
      searchModelsTool({ max_results: 3 }),
    ];
    const params: ChatParams = { prompt: "x", tools };
    expect(params.tools?.map((t) => t.type)).toEqual([
      "openrouter:web_fetch", "openrouter:datetime", "openrouter:image_generation", "openrouter:fusion", "openrouter:advisor",
      "openrouter:subagent", "openrouter:bash", "openrouter:files", "openrouter:experimental__search_models",
    ]);
    expect(tools[0]).toEqual({ type: "openrouter:web_fetch", parameters: { allowed_domains: ["nodejs.org"], max_uses: 2 } });
    expect(tools[2]).toEqual({ type: "openrouter:image_generation", parameters: { model: "google/gemini-2.5-flash-image", quality: "high" } });
    expect(bashTool()).toEqual({ type: "openrouter:bash" });
  });

  it("refuses bad options naming the wire field", () => {
    refuses(() => webFetchTool({ maxUses: 2 } as never), "tools.openrouter:web_fetch.maxUses", /wire name is "max_uses"/);
    refuses(() => fusionTool({ max_tool_calls: 17 }), "tools.openrouter:fusion.max_tool_calls", /from 1 to 16/);
    refuses(() => subagentTool({ tools: [null as never] }), "tools.openrouter:subagent.tools.0", /must be an object/);
    refuses(() => datetimeTool({ timezone: "" }), "tools.openrouter:datetime.timezone", /non-empty string/);
    refuses(() => filesTool({ x: 1 } as never), "tools.openrouter:files.x", /no option "x"/);
  });
});

describe("the plugins the document names", () => {
  it("are built under their wire ids and names, and fit in ChatParams.plugins", () => {
    const plugins = [
      moderationPlugin(),
      webFetchPlugin({ max_content_tokens: 4000 }),
      fusionPlugin({ preset: "general-budget" }),
      paretoRouterPlugin({ min_coding_score: 0.7, max_price: 5, price_source: "weighted_avg" }),
      autoBetaRouterPlugin({ allowed_models: ["anthropic/*"], cost_tier: "low" }),
    ];
    const params: ChatParams = { prompt: "x", plugins };
    expect(params.plugins).toEqual([
      { id: "moderation" },
      { id: "web-fetch", max_content_tokens: 4000 },
      { id: "fusion", preset: "general-budget" },
      { id: "pareto-router", min_coding_score: 0.7, max_price: 5, price_source: "weighted_avg" },
      { id: "auto-beta-router", allowed_models: ["anthropic/*"], cost_tier: "low" },
    ]);
  });

  it("refuses bad options naming the wire field", () => {
    refuses(() => paretoRouterPlugin({ min_coding_score: 1.5 }), "plugins.pareto-router.min_coding_score", /from 0 to 1/);
    refuses(() => fusionPlugin({ preset: "fast" as never }), "plugins.fusion.preset", /"general-high"/);
    refuses(() => autoBetaRouterPlugin({ cost_tier: "free" as never }), "plugins.auto-beta-router.cost_tier", /"low"/);
    refuses(() => moderationPlugin({ level: 1 } as never), "plugins.moderation.level", /no option "level"/);
  });

  it("webPlugin() takes mode and user_location", () => {
    expect(webPlugin({ mode: "deep", user_location: { type: "approximate", city: "Lyon", country: "FR" } })).toEqual({
      id: "web",
      mode: "deep",
      user_location: { type: "approximate", city: "Lyon", country: "FR" },
    });
    refuses(() => webPlugin({ mode: "thorough" as never }), "plugins.web.mode", /"instant"/);
    refuses(() => webPlugin({ user_location: { city: "" } }), "plugins.web.user_location.city", /non-empty string or null/);
  });
});
