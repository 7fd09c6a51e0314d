import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import type { ModelIdEntry } from "../../src/models/model-id.js";
import {
  type CostUsage,
  type Model,
  type ModelCatalog,
  type ModelEndpoint,
  modelEndpointSchema,
  modelSchema,
} from "../../src/models/index.js";
import type { ChatResult } from "../../src/types/chat-result.js";
import type { ModelLookup, CatalogModel } from "../../src/types/model-lookup.js";

describe("model types", () => {
  it("a parsed model is a Model, and a parsed endpoint a ModelEndpoint", () => {
    expectTypeOf<z.output<typeof modelSchema>>().toExtend<Model>();
    expectTypeOf<z.output<typeof modelEndpointSchema>>().toExtend<ModelEndpoint>();
  });

  it("a catalog is what createClient({ catalog }) takes, and a Model what chat reads of it", () => {
    expectTypeOf<ModelCatalog>().toExtend<ModelLookup>();
    expectTypeOf<Model>().toExtend<CatalogModel>();
    expectTypeOf<readonly Model[]>().toExtend<readonly ModelIdEntry[]>();
  });

  it("a chat result's usage can be priced as it is", () => {
    expectTypeOf<NonNullable<ChatResult["usage"]>>().toExtend<CostUsage>();
  });
});
