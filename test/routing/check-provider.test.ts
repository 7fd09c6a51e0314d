import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/index.js";
import { checkFlag, checkMaxPrice, checkNames, checkOneOf, checkOnlyIgnore, checkQuantizations, checkSort, checkThreshold, checkWireField } from "../../src/routing/check-provider.js";
import { thrown } from "../helpers/thrown.js";

describe("every refusal", () => {
  it("names the provider field, shows what it got and says what to use", () => {
    const error = thrown(ValidationError, () => checkOneOf("data_collection", "maybe", ["allow", "deny"]));
    expect(error.field).toBe("provider.data_collection");
    expect(error.message).toBe('Bad provider.data_collection: "maybe"; use one of ["allow","deny"].');
  });

  it("prints NaN and Infinity as themselves rather than as JSON's null", () => {
    expect(thrown(ValidationError, () => checkThreshold("preferred_max_latency", Number.NaN)).message).toContain(": NaN;");
    expect(thrown(ValidationError, () => checkMaxPrice({ prompt: Number.POSITIVE_INFINITY })).message).toContain(": Infinity;");
  });
});

describe("checkFlag", () => {
  it("takes only true or false", () => {
    expect(checkFlag("zdr", true)).toBe(true);
    expect(checkFlag("zdr", false)).toBe(false);
    expect(thrown(ValidationError, () => checkFlag("zdr", "true")).field).toBe("provider.zdr");
  });
});

describe("checkNames", () => {
  it("returns a copy of one or more non-blank names", () => {
    const names = ["openai", "Anthropic"];
    const checked = checkNames("only", names);
    expect(checked).toEqual(names);
    expect(checked).not.toBe(names);
  });

  it("refuses an empty list, a blank name and a non-string", () => {
    for (const names of [[], [""], [" "], [3]]) expect(thrown(ValidationError, () => checkNames("order", names)).message).toContain("a list of one or more names");
  });
});

describe("checkQuantizations", () => {
  it("accepts the known levels", () => {
    expect(checkQuantizations(["fp8", "bf16", "unknown"])).toEqual(["fp8", "bf16", "unknown"]);
  });

  it("refuses an empty list and an unknown level", () => {
    expect(thrown(ValidationError, () => checkQuantizations([])).field).toBe("provider.quantizations");
    expect(thrown(ValidationError, () => checkQuantizations(["fp8", "int3"])).message).toContain('"int3"');
  });
});

describe("checkSort", () => {
  it("takes a bare sort key", () => {
    expect(checkSort("price")).toBe("price");
    expect(checkSort("exacto")).toBe("exacto");
  });

  it("takes an object with by and partition, nulls allowed, and returns a copy", () => {
    const sort = { by: "latency", partition: "none" };
    expect(checkSort(sort)).toEqual(sort);
    expect(checkSort(sort)).not.toBe(sort);
    expect(checkSort({ by: null, partition: "model" })).toEqual({ by: null, partition: "model" });
  });

  it("refuses an unknown key, an unknown sort and an empty object", () => {
    expect(thrown(ValidationError, () => checkSort("cheapest")).field).toBe("provider.sort");
    expect(thrown(ValidationError, () => checkSort({ by: "cheapest" })).field).toBe("provider.sort.by");
    expect(thrown(ValidationError, () => checkSort({ order: "price" })).field).toBe("provider.sort");
    expect(thrown(ValidationError, () => checkSort({})).field).toBe("provider.sort");
  });
});

describe("checkMaxPrice", () => {
  it("takes prices of zero or more for the known keys", () => {
    expect(checkMaxPrice({ prompt: 1, completion: 0, image: 0.5, audio: 2, request: 0.01 })).toEqual({ prompt: 1, completion: 0, image: 0.5, audio: 2, request: 0.01 });
  });

  it("takes numeric strings as the wire does, checked as numbers and kept as written", () => {
    expect(checkMaxPrice({ prompt: "1", completion: 2 })).toEqual({ prompt: "1", completion: 2 });
  });

  it("refuses a negative or non-numeric price, an unknown key, and anything but an object", () => {
    expect(thrown(ValidationError, () => checkMaxPrice({ prompt: -1 })).field).toBe("provider.max_price.prompt");
    expect(thrown(ValidationError, () => checkMaxPrice({ prompt: "cheap" })).field).toBe("provider.max_price.prompt");
    expect(thrown(ValidationError, () => checkMaxPrice({ prompt: "-1" })).field).toBe("provider.max_price.prompt");
    expect(thrown(ValidationError, () => checkMaxPrice({ tokens: 1 })).field).toBe("provider.max_price");
    expect(thrown(ValidationError, () => checkMaxPrice(5)).field).toBe("provider.max_price");
    expect(thrown(ValidationError, () => checkMaxPrice({})).field).toBe("provider.max_price");
  });
});

describe("checkThreshold", () => {
  it("takes a bare number or percentiles, with null for no limit", () => {
    expect(checkThreshold("preferred_min_throughput", 50)).toBe(50);
    expect(checkThreshold("preferred_min_throughput", { p50: 100, p90: null })).toEqual({ p50: 100, p90: null });
  });

  it("refuses a negative number, an unknown percentile and a bad percentile value", () => {
    expect(thrown(ValidationError, () => checkThreshold("preferred_max_latency", -1)).field).toBe("provider.preferred_max_latency");
    expect(thrown(ValidationError, () => checkThreshold("preferred_max_latency", { p95: 1 })).field).toBe("provider.preferred_max_latency");
    expect(thrown(ValidationError, () => checkThreshold("preferred_max_latency", { p99: "2s" })).field).toBe("provider.preferred_max_latency.p99");
  });
});

describe("checkOnlyIgnore", () => {
  it("accepts lists that share no name, and missing lists", () => {
    expect(() => checkOnlyIgnore({ only: ["openai"], ignore: ["azure"] })).not.toThrow();
    expect(() => checkOnlyIgnore({})).not.toThrow();
  });

  it("refuses a provider both only-ed and ignored, whatever its letter case", () => {
    const error = thrown(ValidationError, () => checkOnlyIgnore({ only: ["OpenAI", "azure"], ignore: ["openai"] }));
    expect(error.field).toBe("provider.only");
    expect(error.message).toContain('"OpenAI"; use only or ignore, not both');
  });
});

describe("checkWireField", () => {
  it("checks each known wire field as its builder method does", () => {
    expect(checkWireField("sort", "throughput")).toBe("throughput");
    expect(checkWireField("order", ["a", "b"])).toEqual(["a", "b"]);
    expect(checkWireField("quantizations", ["fp8"])).toEqual(["fp8"]);
    expect(checkWireField("allow_fallbacks", false)).toBe(false);
    expect(checkWireField("data_collection", "deny")).toBe("deny");
    expect(checkWireField("preferred_max_latency", { p50: 2 })).toEqual({ p50: 2 });
    expect(thrown(ValidationError, () => checkWireField("require_parameters", 1)).field).toBe("provider.require_parameters");
    expect(thrown(ValidationError, () => checkWireField("quantizations", "fp8")).message).toContain("use an array");
    expect(thrown(ValidationError, () => checkWireField("ignore", "azure")).field).toBe("provider.ignore");
  });

  it("takes numeric strings in max_price, checks them as numbers and sends them as written", () => {
    expect(checkWireField("max_price", { prompt: "1.5", completion: 2 })).toEqual({ prompt: "1.5", completion: 2 });
    expect(thrown(ValidationError, () => checkWireField("max_price", { prompt: "-1" })).field).toBe("provider.max_price.prompt");
    expect(thrown(ValidationError, () => checkWireField("max_price", { prompt: "cheap" })).field).toBe("provider.max_price.prompt");
    expect(thrown(ValidationError, () => checkWireField("max_price", 3)).field).toBe("provider.max_price");
  });

  it("passes a field this SDK does not know through untouched", () => {
    const value = { anything: 1 };
    expect(checkWireField("future_field", value)).toBe(value);
  });
});
