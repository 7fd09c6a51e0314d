import fc from "fast-check";
import { describe, it } from "vitest";
import { contextCompressionPlugin, fileParserPlugin, responseHealingPlugin, webPlugin, webSearchTool } from "../../src/routing/index.js";
import { expectPlainData, pluginOptions, runs, valueOrValidationError } from "./arbitraries.js";

describe("plugin builders on random inputs", () => {
  it("the plugin builders take any options or refuse them with a ValidationError", () => {
    const builders = [
      (o: unknown) => webPlugin(o as never),
      (o: unknown) => fileParserPlugin(o as never),
      (o: unknown) => responseHealingPlugin(o as never),
      (o: unknown) => contextCompressionPlugin(o as never),
      (o: unknown) => webSearchTool(o as never),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...builders.keys()), pluginOptions, (which, input) => {
        const built = valueOrValidationError(() => (builders[which] as (o: unknown) => unknown)(input));
        if (built !== undefined) expectPlainData(built);
      }),
      runs,
    );
  });
});
