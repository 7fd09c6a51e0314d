import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/validation-error.js";
import { contextCompressionPlugin, fileParserPlugin, responseHealingPlugin, webPlugin, webSearchTool } from "../../src/routing/plugins.js";
import type { ChatParams } from "../../src/types/chat-params.js";

describe("webPlugin()", () => {
  it("is just the id with no options", () => {
    expect(webPlugin()).toEqual({ id: "web" });
  });

  it("sends its options under their wire names", () => {
    expect(
      webPlugin({
        max_results: 3,
        search_prompt: "Sources:",
        engine: "exa",
        max_uses: 2,
        include_domains: ["nodejs.org"],
        exclude_domains: ["example.com"],
        enabled: true,
      }),
    ).toEqual({
      id: "web",
      max_results: 3,
      search_prompt: "Sources:",
      engine: "exa",
      max_uses: 2,
      include_domains: ["nodejs.org"],
      exclude_domains: ["example.com"],
      enabled: true,
    });
  });

  it("fits in ChatParams.plugins", () => {
    const params: ChatParams = { prompt: "x", plugins: [webPlugin({ engine: "native" }), responseHealingPlugin()] };
    expect(params.plugins).toHaveLength(2);
  });

  it("refuses camelCase options, pointing at the wire name", () => {
    expect(() => webPlugin({ maxResults: 3 } as never)).toThrow(/no option "maxResults"; the wire name is "max_results"/);
  });

  it("refuses unknown options, listing the known ones", () => {
    expect(() => webPlugin({ depth: 3 } as never)).toThrow(/no option "depth"; known options: enabled, engine, max_results/);
  });

  it("refuses an unknown engine, a bad count, an empty prompt and an empty domain list", () => {
    expect(() => webPlugin({ engine: "google" as never })).toThrow(/unknown engine "google"; use one of "native", "exa"/);
    expect(() => webPlugin({ max_results: 0 })).toThrow(/whole number >= 1, not 0/);
    expect(() => webPlugin({ max_results: 2.5 })).toThrow(ValidationError);
    expect(() => webPlugin({ max_results: Number.NaN })).toThrow(/not NaN/);
    expect(() => webPlugin({ search_prompt: " " })).toThrow(/non-empty string/);
    expect(() => webPlugin({ include_domains: [] })).toThrow(/non-empty array/);
    expect(() => webPlugin({ enabled: "yes" as never })).toThrow(/true or false/);
  });

  it("names the field in the error", () => {
    try {
      webPlugin({ max_results: -1 });
    } catch (error) {
      expect((error as ValidationError).field).toBe("plugins.web.max_results");
    }
    expect.assertions(1);
  });

  it("refuses something that is not an options object", () => {
    expect(() => webPlugin(5 as never)).toThrow(/takes an options object/);
  });
});

describe("fileParserPlugin()", () => {
  it("sends the PDF engine", () => {
    expect(fileParserPlugin({ pdf: { engine: "cloudflare-ai" } })).toEqual({ id: "file-parser", pdf: { engine: "cloudflare-ai" } });
    expect(fileParserPlugin()).toEqual({ id: "file-parser" });
  });

  it("refuses an unknown PDF engine or option", () => {
    expect(() => fileParserPlugin({ pdf: { engine: "tesseract" as never } })).toThrow(/unknown engine "tesseract"/);
    expect(() => fileParserPlugin({ pdf: { ocr: true } as never })).toThrow(/no option "ocr"/);
    expect(() => fileParserPlugin({ engine: "native" } as never)).toThrow(/no option "engine"/);
  });
});

describe("responseHealingPlugin() and contextCompressionPlugin()", () => {
  it("are their ids, with an optional enabled switch", () => {
    expect(responseHealingPlugin()).toEqual({ id: "response-healing" });
    expect(responseHealingPlugin({ enabled: false })).toEqual({ id: "response-healing", enabled: false });
    expect(contextCompressionPlugin()).toEqual({ id: "context-compression" });
    expect(contextCompressionPlugin({ enabled: false, engine: "middle-out" })).toEqual({ id: "context-compression", enabled: false, engine: "middle-out" });
  });

  it("refuses unknown options", () => {
    expect(() => responseHealingPlugin({ strict: true } as never)).toThrow(ValidationError);
    expect(() => contextCompressionPlugin({ engine: "summarise" as never })).toThrow(/"middle-out"/);
  });
});

describe("webSearchTool()", () => {
  it("is the openrouter:web_search server tool, with parameters only when given", () => {
    expect(webSearchTool()).toEqual({ type: "openrouter:web_search" });
    expect(webSearchTool({ max_results: 5, engine: "auto", allowed_domains: ["nodejs.org"], user_location: { type: "approximate", country: "DE", city: null } })).toEqual({
      type: "openrouter:web_search",
      parameters: { max_results: 5, engine: "auto", allowed_domains: ["nodejs.org"], user_location: { type: "approximate", country: "DE", city: null } },
    });
  });

  it("fits in ChatParams.tools", () => {
    const params: ChatParams = { prompt: "x", tools: [webSearchTool({ search_context_size: "high", mode: "deep" })] };
    expect(params.tools?.[0]).toMatchObject({ type: "openrouter:web_search" });
  });

  it("refuses allowed and excluded domains together", () => {
    expect(() => webSearchTool({ allowed_domains: ["a.com"], excluded_domains: ["b.com"] })).toThrow(/not both/);
  });

  it("refuses unknown values and a malformed user location", () => {
    expect(() => webSearchTool({ mode: "thorough" as never })).toThrow(/unknown mode "thorough"/);
    expect(() => webSearchTool({ search_context_size: "huge" as never })).toThrow(ValidationError);
    expect(() => webSearchTool({ user_location: { country: "" } })).toThrow(/user_location.country/);
    expect(() => webSearchTool({ user_location: { planet: "Earth" } as never })).toThrow(/no option "planet"/);
    expect(() => webSearchTool({ max_uses: -2 })).toThrow(/whole number/);
  });
});
