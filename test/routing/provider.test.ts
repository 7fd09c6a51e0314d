import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/validation-error.js";
import { provider, providerFrom } from "../../src/routing/provider.js";
import type { ProviderPreferences } from "../../src/types/chat-params.js";
import { thrown } from "../helpers/thrown.js";

describe("provider()", () => {
  it("builds an empty object when nothing is set", () => {
    expect(provider().build()).toEqual({});
  });

  it("writes each method to its snake_case wire field", () => {
    const built = provider()
      .sort("price")
      .order("anthropic", "amazon-bedrock")
      .only("anthropic", "amazon-bedrock", "google-vertex")
      .ignore("deepinfra")
      .allowFallbacks(false)
      .requireParameters()
      .dataCollection("deny")
      .zdr()
      .enforceDistillableText()
      .quantizations("fp8", "bf16")
      .maxPrice({ prompt: 1, completion: 4, image: 0.01, audio: 0.02, request: 0.001 })
      .preferredMinThroughput(50)
      .preferredMaxLatency({ p90: 3, p99: null })
      .build();
    expect(built).toEqual({
      sort: "price",
      order: ["anthropic", "amazon-bedrock"],
      only: ["anthropic", "amazon-bedrock", "google-vertex"],
      ignore: ["deepinfra"],
      allow_fallbacks: false,
      require_parameters: true,
      data_collection: "deny",
      zdr: true,
      enforce_distillable_text: true,
      quantizations: ["fp8", "bf16"],
      max_price: { prompt: 1, completion: 4, image: 0.01, audio: 0.02, request: 0.001 },
      preferred_min_throughput: 50,
      preferred_max_latency: { p90: 3, p99: null },
    });
  });

  it("sends every sort key, and the object form with by and partition", () => {
    for (const by of ["price", "throughput", "latency", "exacto"] as const) expect(provider().sort(by).build()).toEqual({ sort: by });
    expect(provider().sort({ by: "throughput", partition: "none" }).build()).toEqual({ sort: { by: "throughput", partition: "none" } });
    expect(provider().sort({ partition: "model" }).build()).toEqual({ sort: { partition: "model" } });
  });

  it("takes true or false explicitly for every flag", () => {
    expect(provider().allowFallbacks(true).requireParameters(false).zdr(false).enforceDistillableText(false).build()).toEqual({
      allow_fallbacks: true,
      require_parameters: false,
      zdr: false,
      enforce_distillable_text: false,
    });
    expect(provider().dataCollection("allow").build()).toEqual({ data_collection: "allow" });
  });

  it("takes percentile objects for throughput and a plain number for latency", () => {
    expect(provider().preferredMinThroughput({ p50: 100, p90: 20 }).preferredMaxLatency(0.5).build()).toEqual({
      preferred_min_throughput: { p50: 100, p90: 20 },
      preferred_max_latency: 0.5,
    });
  });

  it("replaces a field when its method is called again", () => {
    expect(provider().only("anthropic").only("openai").sort("price").sort("latency").build()).toEqual({ only: ["openai"], sort: "latency" });
  });

  it("is immutable: each method returns a new builder and leaves the old one unchanged", () => {
    const base = provider().sort("price");
    const capped = base.maxPrice({ prompt: 1 });
    const other = base.only("anthropic");
    expect(capped).not.toBe(base);
    expect(base.build()).toEqual({ sort: "price" });
    expect(capped.build()).toEqual({ sort: "price", max_price: { prompt: 1 } });
    expect(other.build()).toEqual({ sort: "price", only: ["anthropic"] });
    expect(Object.isFrozen(base)).toBe(true);
  });

  it("returns a fresh copy from build(), so editing it does not change the builder", () => {
    const builder = provider().only("anthropic").maxPrice({ prompt: 1 });
    const first = builder.build();
    first.only!.push("openai");
    (first.max_price as { prompt: number }).prompt = 99;
    expect(builder.build()).toEqual({ only: ["anthropic"], max_price: { prompt: 1 } });
  });

  it("accepts prices as numeric strings, as the wire and OpenRouter's examples write them, and sends them as written", () => {
    expect(provider().maxPrice({ prompt: "0.5", completion: 2, request: "1e-3" }).build()).toEqual({ max_price: { prompt: "0.5", completion: 2, request: "1e-3" } });
  });

  it("does not keep a reference to the caller's arrays or objects", () => {
    const names = ["anthropic"];
    const prices = { prompt: 1 };
    const builder = provider().only(...names).maxPrice(prices);
    names.push("openai");
    prices.prompt = 50;
    expect(builder.build()).toEqual({ only: ["anthropic"], max_price: { prompt: 1 } });
  });

  describe("refuses at once, naming the wire field", () => {
    const cases: [string, () => unknown, string, RegExp][] = [
      ["an unknown sort", () => provider().sort("cheapest" as never), "provider.sort", /"cheapest".*"price","throughput","latency","exacto"/],
      ["an unknown sort in the object form", () => provider().sort({ by: "fast" as never }), "provider.sort.by", /"fast"/],
      ["an unknown partition", () => provider().sort({ partition: "all" as never }), "provider.sort.partition", /"model","none"/],
      ["an unknown key in the sort object", () => provider().sort({ order: "price" } as never), "provider.sort", /"order".*"by","partition"/],
      ["an empty sort object", () => provider().sort({}), "provider.sort", /\{\}/],
      ["an empty only()", () => provider().only(), "provider.only", /one or more names/],
      ["an empty ignore()", () => provider().ignore(), "provider.ignore", /one or more names/],
      ["an empty order()", () => provider().order(), "provider.order", /one or more names/],
      ["a non-string provider name", () => provider().only("anthropic", 42 as never), "provider.only", /\["anthropic",42\]/],
      ["an array passed instead of spread", () => provider().ignore(["a", "b"] as never), "provider.ignore", /one or more names/],
      ["a blank provider name", () => provider().order("  "), "provider.order", /one or more names/],
      ["a non-boolean flag", () => provider().allowFallbacks("no" as never), "provider.allow_fallbacks", /"no".*\[true,false\]/],
      ["an unknown data_collection", () => provider().dataCollection("maybe" as never), "provider.data_collection", /"allow","deny"/],
      ["an unknown quantization", () => provider().quantizations("fp8", "q4" as never), "provider.quantizations", /"q4".*"int4"/],
      ["no quantizations", () => provider().quantizations(), "provider.quantizations", /one or more names/],
      ["a negative price", () => provider().maxPrice({ prompt: -1 }), "provider.max_price.prompt", /-1.*a number >= 0/],
      ["a NaN price", () => provider().maxPrice({ completion: Number.NaN }), "provider.max_price.completion", /NaN/],
      ["an infinite price (JSON would send null)", () => provider().maxPrice({ request: Number.POSITIVE_INFINITY }), "provider.max_price.request", /Infinity/],
      ["a price given as a non-numeric string", () => provider().maxPrice({ prompt: "cheap" }), "provider.max_price.prompt", /"cheap"/],
      ["a negative price given as a string", () => provider().maxPrice({ completion: "-1" }), "provider.max_price.completion", /-1/],
      ["max_price.input (it is prompt)", () => provider().maxPrice({ input: 1 } as never), "provider.max_price", /"input".*"prompt","completion"/],
      ["max_price.output (it is completion)", () => provider().maxPrice({ output: 1 } as never), "provider.max_price", /"output".*"completion"/],
      ["an empty max price", () => provider().maxPrice({}), "provider.max_price", /"prompt"/],
      ["a negative throughput", () => provider().preferredMinThroughput(-5), "provider.preferred_min_throughput", /-5/],
      ["a negative latency percentile", () => provider().preferredMaxLatency({ p90: -1 }), "provider.preferred_max_latency.p90", /-1/],
      ["an unknown percentile", () => provider().preferredMaxLatency({ p95: 2 } as never), "provider.preferred_max_latency", /"p95".*"p50"/],
      ["a NaN throughput", () => provider().preferredMinThroughput(Number.NaN), "provider.preferred_min_throughput", /NaN/],
    ];
    for (const [what, fn, field, message] of cases) {
      it(`refuses ${what}`, () => {
        const error = thrown(ValidationError, fn);
        expect(error.field).toBe(field);
        expect(error.message).toMatch(message);
      });
    }
  });

  it("refuses a provider both in only and ignore, in either order of calls and any letter case", () => {
    const first = thrown(ValidationError, () => provider().only("anthropic", "openai").ignore("OpenAI"));
    expect(first.field).toBe("provider.only");
    expect(first.message).toMatch(/"openai".*only or ignore, not both/);
    expect(() => provider().ignore("openai").only("openai")).toThrow(ValidationError);
  });

  it("refuses a bare max_price key and a boxed String name, which are not what the wire takes", () => {
    const bare = thrown(ValidationError, () => provider().maxPrice("prompt" as never));
    expect(bare.field).toBe("provider.max_price");
    expect(bare.message).toMatch(/"prompt".*use one of/);
    // A String object passes a duck-typed trim() check and JSON prints it as a string, yet it is no string.
    expect(thrown(ValidationError, () => provider().only(new String("openai") as never)).field).toBe("provider.only");
  });

  it("allows the same provider in order and ignore-free lists, and different ones in only and ignore", () => {
    expect(provider().only("anthropic").ignore("openai").order("anthropic").build()).toEqual({
      only: ["anthropic"],
      ignore: ["openai"],
      order: ["anthropic"],
    });
  });
});

describe("providerFrom()", () => {
  it("accepts what the builder would write, and hands back a builder to go on with", () => {
    const built = providerFrom({ sort: { by: "price", partition: "none" }, only: ["anthropic"], max_price: { prompt: 2 } })
      .dataCollection("deny")
      .build();
    expect(built).toEqual({ sort: { by: "price", partition: "none" }, only: ["anthropic"], max_price: { prompt: 2 }, data_collection: "deny" });
  });

  it("keeps null fields and keys it does not know as they are", () => {
    expect(providerFrom({ sort: null, options: { "black-forest-labs": { steps: 4 } } } as ProviderPreferences).build()).toEqual({
      sort: null,
      options: { "black-forest-labs": { steps: 4 } },
    });
  });

  it("accepts numeric strings in max_price, as the wire does, and sends them as written", () => {
    expect(providerFrom({ max_price: { prompt: "1.5", completion: 3 } }).build()).toEqual({ max_price: { prompt: "1.5", completion: 3 } });
    expect(thrown(ValidationError, () => providerFrom({ max_price: { prompt: "cheap" } })).field).toBe("provider.max_price.prompt");
  });

  it("checks each field like the builder does", () => {
    expect(thrown(ValidationError, () => providerFrom({ sort: "fastest" as never })).field).toBe("provider.sort");
    expect(thrown(ValidationError, () => providerFrom({ only: [] })).field).toBe("provider.only");
    expect(thrown(ValidationError, () => providerFrom({ only: "anthropic" as never })).message).toMatch(/an array/);
    expect(thrown(ValidationError, () => providerFrom({ quantizations: ["fp7" as never] })).field).toBe("provider.quantizations");
    expect(thrown(ValidationError, () => providerFrom({ max_price: { input: 1 } as never })).message).toMatch(/"prompt"/);
    expect(thrown(ValidationError, () => providerFrom({ only: ["a"], ignore: ["a"] })).message).toMatch(/not both/);
    expect(thrown(ValidationError, () => providerFrom({ preferred_max_latency: -1 })).field).toBe("provider.preferred_max_latency");
  });

  it("refuses something that is not an object", () => {
    expect(thrown(ValidationError, () => providerFrom("price" as never)).field).toBe("provider");
    expect(() => providerFrom(null as never)).toThrow(/takes a preferences object/);
  });

  it("does not keep a reference to the object it was given", () => {
    const preferences = { only: ["anthropic"], options: { x: { y: 1 } } };
    const builder = providerFrom(preferences);
    preferences.only.push("openai");
    preferences.options.x.y = 2;
    expect(builder.build()).toEqual({ only: ["anthropic"], options: { x: { y: 1 } } });
  });
});
