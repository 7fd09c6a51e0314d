import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/index.js";
import { type Rule, checkConfig, invalid } from "../../src/routing/check-config.js";
import { thrown } from "../helpers/thrown.js";

const rules: Record<string, Rule> = {
  enabled: "boolean",
  engine: ["native", "exa"],
  search_prompt: "string",
  max_results: "count",
  domains: "names",
};

describe("invalid", () => {
  it("throws a ValidationError naming the field", () => {
    const error = thrown(ValidationError, () => invalid("plugins.web.engine", "no such engine"));
    expect(error.field).toBe("plugins.web.engine");
    expect(error.message).toBe("no such engine");
  });
});

describe("checkConfig", () => {
  it("is an empty object when no options are given", () => {
    expect(checkConfig("webPlugin()", "plugins.web", undefined, rules)).toEqual({});
  });

  it("returns a copy of valid options without the undefined ones", () => {
    const config = { enabled: true, engine: "exa", search_prompt: "Sources:", max_results: 3, domains: ["example.com"], extra: undefined };
    const checked = checkConfig("webPlugin()", "plugins.web", { ...config, extra: undefined }, { ...rules, extra: "string" });
    expect(checked).toEqual({ enabled: true, engine: "exa", search_prompt: "Sources:", max_results: 3, domains: ["example.com"] });
    expect("extra" in checked).toBe(false);
  });

  it("copies a names list, so that a later change by the caller does not reach the request", () => {
    const domains = ["a.com"];
    const checked = checkConfig("webPlugin()", "plugins.web", { domains }, rules);
    domains.push("b.com");
    expect(checked["domains"]).toEqual(["a.com"]);
  });

  it("refuses options that are not an object", () => {
    for (const config of [null, "exa", 3, ["exa"]]) {
      const error = thrown(ValidationError, () => checkConfig("webPlugin()", "plugins.web", config, rules));
      expect(error.field).toBe("plugins.web");
      expect(error.message).toContain("webPlugin() takes an options object");
    }
  });

  it("refuses an unknown option and suggests the wire's snake_case name when that is the known one", () => {
    const error = thrown(ValidationError, () => checkConfig("webPlugin()", "plugins.web", { maxResults: 3 }, rules));
    expect(error.field).toBe("plugins.web.maxResults");
    expect(error.message).toContain('the wire name is "max_results"');
  });

  it("lists the known options for an unknown one that is no misspelling", () => {
    const error = thrown(ValidationError, () => checkConfig("webPlugin()", "plugins.web", { colour: "red" }, rules));
    expect(error.message).toContain("known options: enabled, engine, search_prompt, max_results, domains");
  });

  it("does not take an inherited name such as toString for a known option", () => {
    expect(thrown(ValidationError, () => checkConfig("webPlugin()", "plugins.web", { toString: "x" }, rules)).field).toBe("plugins.web.toString");
  });

  it("refuses a value that breaks its rule, naming the option's field", () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ enabled: "yes" }, "enabled", "must be true or false"],
      [{ search_prompt: " " }, "search_prompt", "must be a non-empty string"],
      [{ max_results: 0 }, "max_results", "must be a whole number >= 1, not 0"],
      [{ max_results: Number.NaN }, "max_results", "not NaN"],
      [{ domains: [] }, "domains", "non-empty array of names without spaces"],
      [{ domains: ["a b"] }, "domains", "without spaces"],
      [{ engine: "bing" }, "engine", 'unknown engine "bing"; use one of "native", "exa"'],
    ];
    for (const [config, key, message] of cases) {
      const error = thrown(ValidationError, () => checkConfig("webPlugin()", "plugins.web", config, rules));
      expect(error.field).toBe(`plugins.web.${key}`);
      expect(error.message).toContain(message);
    }
  });

  it("keeps what a function rule returns, and lets it refuse with the option's field", () => {
    const nested: Rule = (value, field) => checkConfig("pdf", field, value, { engine: ["native"] });
    expect(checkConfig("fileParserPlugin()", "plugins.file-parser", { pdf: { engine: "native" } }, { pdf: nested })).toEqual({ pdf: { engine: "native" } });
    expect(thrown(ValidationError, () => checkConfig("fileParserPlugin()", "plugins.file-parser", { pdf: { engine: "ocr" } }, { pdf: nested })).field).toBe(
      "plugins.file-parser.pdf.engine",
    );
  });
});
