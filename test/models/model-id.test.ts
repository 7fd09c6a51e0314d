import { describe, expect, it } from "vitest";
import { checkModelId } from "../../src/models/model-id.js";
import { checkModelId as routingCheckModelId } from "../../src/routing/index.js";

describe("checkModelId()", () => {
  it("is the one routing re-exports", () => {
    expect(routingCheckModelId).toBe(checkModelId);
  });

  it("returns nothing for a good id and throws with a did-you-mean for a dated one", () => {
    expect(checkModelId("anthropic/claude-sonnet-4.5")).toBeUndefined();
    const catalog = [{ id: "anthropic/claude-sonnet-4", canonical_slug: "anthropic/claude-sonnet-4-20250514" }];
    expect(() => checkModelId("anthropic/claude-sonnet-4-20250514", catalog)).toThrow(/"anthropic\/claude-sonnet-4"/);
  });
});
