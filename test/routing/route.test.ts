import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/validation-error.js";
import { responseHealingPlugin, webPlugin } from "../../src/routing/plugins.js";
import { provider } from "../../src/routing/provider.js";
import { autoRoute, route } from "../../src/routing/route.js";
import type { ChatParams } from "../../src/types/chat-params.js";

describe("route()", () => {
  it("builds just the model when nothing else is set", () => {
    expect(route("openai/gpt-4.1-mini").build()).toEqual({ model: "openai/gpt-4.1-mini" });
  });

  it("fills models with the primary first, then the fallbacks in order", () => {
    expect(route("anthropic/claude-sonnet-4.5").fallbacks("openai/gpt-4.1", "google/gemini-2.5-pro").build()).toEqual({
      model: "anthropic/claude-sonnet-4.5",
      models: ["anthropic/claude-sonnet-4.5", "openai/gpt-4.1", "google/gemini-2.5-pro"],
    });
  });

  it("sends the primary with its variant, in model and in models", () => {
    expect(route("openai/gpt-oss-120b").variant("nitro").fallbacks("deepseek/deepseek-v3.2").build()).toEqual({
      model: "openai/gpt-oss-120b:nitro",
      models: ["openai/gpt-oss-120b:nitro", "deepseek/deepseek-v3.2"],
    });
  });

  it("combines variants over several calls", () => {
    expect(route("openai/gpt-oss-20b").variant("free").variant("online").build().model).toBe("openai/gpt-oss-20b:free:online");
  });

  it("takes a provider builder or a plain object", () => {
    const fromBuilder = route("a/b").provider(provider().sort("price").maxPrice({ prompt: 1 })).build();
    const fromObject = route("a/b").provider({ sort: "price", max_price: { prompt: 1 } }).build();
    expect(fromBuilder).toEqual({ model: "a/b", provider: { sort: "price", max_price: { prompt: 1 } } });
    expect(fromObject).toEqual(fromBuilder);
  });

  it("checks a plain provider object like the provider builder does", () => {
    expect(() => route("a/b").provider({ max_price: { input: 1 } } as never)).toThrow(/"prompt"/);
    expect(() => route("a/b").provider({ only: ["x"], ignore: ["x"] })).toThrow(/not both/);
  });

  it("sends plugins and a preset", () => {
    expect(route("a/b").plugins(webPlugin({ max_results: 2 }), responseHealingPlugin()).preset("my-preset").build()).toEqual({
      model: "a/b",
      plugins: [{ id: "web", max_results: 2 }, { id: "response-healing" }],
      preset: "my-preset",
    });
  });

  it("accepts a preset written with its @preset/ prefix and sends the slug", () => {
    expect(route("a/b").preset("@preset/my-preset").build().preset).toBe("my-preset");
  });

  it("routes to a bare preset as the model", () => {
    expect(route("@preset/email-copywriter").build()).toEqual({ model: "@preset/email-copywriter" });
  });

  it("spreads into ChatParams", () => {
    const params: ChatParams = { ...route("a/b").fallbacks("c/d").provider(provider().zdr()).build(), prompt: "Hi" };
    expect(params).toEqual({ model: "a/b", models: ["a/b", "c/d"], provider: { zdr: true }, prompt: "Hi" });
  });

  it("is immutable: each method returns a new builder and leaves the old one unchanged", () => {
    const base = route("a/b");
    const withFallbacks = base.fallbacks("c/d");
    const fast = base.variant("nitro");
    expect(base.build()).toEqual({ model: "a/b" });
    expect(withFallbacks.build()).toEqual({ model: "a/b", models: ["a/b", "c/d"] });
    expect(fast.build()).toEqual({ model: "a/b:nitro" });
    expect(Object.isFrozen(base)).toBe(true);
  });

  it("returns a fresh copy from build()", () => {
    const builder = route("a/b").fallbacks("c/d").provider(provider().only("x")).plugins(webPlugin());
    const built = builder.build();
    built.models!.push("e/f");
    built.provider!.only!.push("y");
    built.plugins![0]!["max_results"] = 9;
    expect(builder.build()).toEqual({ model: "a/b", models: ["a/b", "c/d"], provider: { only: ["x"] }, plugins: [{ id: "web" }] });
  });

  it("replaces fallbacks, provider and plugins when called again", () => {
    const built = route("a/b").fallbacks("c/d").fallbacks("e/f").plugins(webPlugin()).plugins(responseHealingPlugin()).build();
    expect(built).toEqual({ model: "a/b", models: ["a/b", "e/f"], plugins: [{ id: "response-healing" }] });
  });

  describe("refuses at once", () => {
    const cases: [string, () => unknown, RegExp][] = [
      ["a malformed primary", () => route("gpt-4o"), /no author/],
      ["a malformed fallback", () => route("a/b").fallbacks("c/d", "oops"), /"oops"/],
      ["an empty fallbacks()", () => route("a/b").fallbacks(), /at least one model/],
      ["a fallback equal to the primary", () => route("a/b").fallbacks("a/b"), /"a\/b" is in the route twice/],
      ["a repeated fallback", () => route("a/b").fallbacks("c/d", "c/d"), /twice/],
      ["an unknown variant", () => route("a/b").variant("fastest" as never), /Unknown model variant/],
      ["nitro with floor", () => route("a/b").variant("nitro").variant("floor"), /keep one of them/],
      ["nitro with a price sort", () => route("a/b").variant("nitro").provider(provider().sort("price")), /":nitro" variant sorts providers by throughput/],
      ["floor with a latency sort, in either order", () => route("a/b").provider({ sort: { by: "latency" } }).variant("floor"), /":floor".*"latency"/],
      ["online with the web plugin", () => route("a/b:online").plugins(webPlugin()), /":online" variant already adds the web plugin/],
      ["the same plugin twice", () => route("a/b").plugins(webPlugin(), webPlugin({ max_results: 1 })), /"web" plugin is given twice/],
      ["a plugin without id", () => route("a/b").plugins({} as never), /an object with an "id"/],
      ["a preset in the model and in preset()", () => route("a/b@preset/x").preset("y"), /already names preset "x"/],
      ["a malformed preset slug", () => route("a/b").preset("my preset"), /not a slug/],
      ["a provider that is not an object", () => route("a/b").provider("price" as never), /provider\(\) takes/],
      ["a variant on a bare preset", () => route("@preset/x").variant("nitro"), /bare preset/],
    ];
    for (const [what, fn, message] of cases) {
      it(`refuses ${what}`, () => {
        expect(fn).toThrow(ValidationError);
        expect(fn).toThrow(message);
      });
    }
  });

  it("names models as the field of a bad fallback", () => {
    try {
      route("a/b").fallbacks("oops");
    } catch (error) {
      expect((error as ValidationError).field).toBe("models");
    }
    expect.assertions(1);
  });

  it("allows nitro with a throughput sort and floor with a price sort", () => {
    expect(route("a/b").variant("nitro").provider(provider().sort("throughput")).build().model).toBe("a/b:nitro");
    expect(route("a/b:floor").provider(provider().sort({ by: "price", partition: "none" })).build().provider).toEqual({
      sort: { by: "price", partition: "none" },
    });
  });
});

describe("autoRoute()", () => {
  it("routes to openrouter/auto with no plugin when given no options", () => {
    expect(autoRoute().build()).toEqual({ model: "openrouter/auto" });
  });

  it("limits the models through the auto-router plugin", () => {
    expect(autoRoute({ allowed_models: ["anthropic/*", "openai/gpt-4.1"], excluded_models: ["anthropic/claude-opus-4.5"], cost_tier: "low" }).build()).toEqual({
      model: "openrouter/auto",
      plugins: [{ id: "auto-router", allowed_models: ["anthropic/*", "openai/gpt-4.1"], excluded_models: ["anthropic/claude-opus-4.5"], cost_tier: "low" }],
    });
  });

  it("keeps the auto-router plugin first when other plugins are added", () => {
    const built = autoRoute({ allowed_models: ["anthropic/*"] }).plugins(responseHealingPlugin()).fallbacks("openai/gpt-4.1-mini").build();
    expect(built).toEqual({
      model: "openrouter/auto",
      models: ["openrouter/auto", "openai/gpt-4.1-mini"],
      plugins: [{ id: "auto-router", allowed_models: ["anthropic/*"] }, { id: "response-healing" }],
    });
  });

  it("refuses malformed patterns, unknown options and contradictions", () => {
    expect(() => autoRoute({ allowed_models: [] })).toThrow(/non-empty list/);
    expect(() => autoRoute({ allowed_models: ["claude"] })).toThrow(/"anthropic\/\*"/);
    expect(() => autoRoute({ allowedModels: ["anthropic/*"] } as never)).toThrow(/the wire name is "allowed_models"/);
    expect(() => autoRoute({ allowed_models: ["a/*"], excluded_models: ["a/*"] })).toThrow(/both allowed and excluded/);
    expect(() => autoRoute({ cost_tier: "cheap" as never })).toThrow(/unknown cost_tier/);
    expect(() => autoRoute({ allowed_models: ["a/*"] }).plugins({ id: "auto-router" })).toThrow(/configure it through autoRoute/);
    expect(() => autoRoute().variant("nitro")).toThrow(/auto router/);
  });
});
