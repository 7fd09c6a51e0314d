import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors/validation-error.js";
import { parseModelId, withVariant } from "../../src/routing/index.js";

describe("parseModelId()", () => {
  it("splits author, slug and stacked variants", () => {
    expect(parseModelId("openai/gpt-oss-20b:free:online")).toEqual({
      author: "openai",
      slug: "gpt-oss-20b",
      variants: ["free", "online"],
      preset: undefined,
      latest: false,
    });
  });

  it("reads a preset attached to a model", () => {
    expect(parseModelId("openai/gpt-4@preset/my-preset")).toEqual({
      author: "openai",
      slug: "gpt-4",
      variants: [],
      preset: "my-preset",
      latest: false,
    });
  });

  it("reads variants and a preset together", () => {
    expect(parseModelId("openai/gpt-4:nitro@preset/my-preset")).toMatchObject({ slug: "gpt-4", variants: ["nitro"], preset: "my-preset" });
  });

  it("reads a bare preset, which names no model", () => {
    expect(parseModelId("@preset/email-copywriter")).toEqual({ author: undefined, slug: undefined, variants: [], preset: "email-copywriter", latest: false });
  });

  it("reads a plain id, a router id and a ~latest alias", () => {
    expect(parseModelId("anthropic/claude-sonnet-4.5")).toMatchObject({ author: "anthropic", slug: "claude-sonnet-4.5", variants: [] });
    expect(parseModelId("openrouter/auto")).toMatchObject({ author: "openrouter", slug: "auto" });
    expect(parseModelId("~anthropic/claude-sonnet-latest")).toMatchObject({ author: "anthropic", slug: "claude-sonnet-latest", latest: true });
  });

  it("keeps variants it does not know, so new OpenRouter suffixes keep working", () => {
    expect(parseModelId("anthropic/claude-3.5-sonnet:beta").variants).toEqual(["beta"]);
  });

  const malformed: [string, unknown, RegExp][] = [
    ["an empty id", "", /empty/],
    ["a non-string", 42, /empty or not a string/],
    ["an id without author", "gpt-4o", /no author/],
    ["an id with two slashes", "openai/gpt/4o", /exactly one "\/"/],
    ["an empty slug", "openai/", /exactly one/],
    ["whitespace", "openai/gpt 4o", /whitespace/],
    ["an empty variant", "openai/gpt-4o::free", /empty ":" suffix/],
    ["a repeated variant", "openai/gpt-4o:free:free", /repeats the ":free"/],
    ["an @ that is not a preset", "openai/gpt-4o@latest", /"@latest"/],
    ["an empty preset slug", "openai/gpt-4o@preset/", /Preset slug/],
  ];
  for (const [what, id, message] of malformed) {
    it(`refuses ${what}`, () => {
      expect(() => parseModelId(id as string)).toThrow(ValidationError);
      expect(() => parseModelId(id as string)).toThrow(message);
    });
  }
});

describe("withVariant()", () => {
  it("appends a variant, keeping existing ones", () => {
    expect(withVariant("openai/gpt-oss-20b", "free")).toBe("openai/gpt-oss-20b:free");
    expect(withVariant("openai/gpt-oss-20b:free", "online")).toBe("openai/gpt-oss-20b:free:online");
  });

  it("puts the variant before a preset", () => {
    expect(withVariant("openai/gpt-4@preset/my-preset", "nitro")).toBe("openai/gpt-4:nitro@preset/my-preset");
  });

  it("returns the id unchanged when the variant is already there", () => {
    expect(withVariant("openai/gpt-4o:floor", "floor")).toBe("openai/gpt-4o:floor");
  });

  it("knows every documented variant", () => {
    for (const variant of ["free", "nitro", "floor", "online", "exacto", "extended", "thinking"] as const) {
      expect(withVariant("a/b", variant)).toBe(`a/b:${variant}`);
    }
  });

  it("refuses an unknown variant, listing the known ones", () => {
    expect(() => withVariant("openai/gpt-4o", "turbo" as never)).toThrow(/Unknown model variant "turbo".*"nitro"/);
  });

  it("refuses nitro with floor, which contradict each other", () => {
    expect(() => withVariant("openai/gpt-4o:floor", "nitro")).toThrow(/keep one of them/);
    expect(() => withVariant("openai/gpt-4o:nitro", "floor")).toThrow(ValidationError);
  });

  it("refuses a bare preset and the auto router, which name no model to vary", () => {
    expect(() => withVariant("@preset/x", "nitro")).toThrow(/bare preset/);
    expect(() => withVariant("openrouter/auto", "free")).toThrow(/auto router/);
  });
});
