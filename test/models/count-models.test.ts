import { describe, expect, it } from "vitest";
import { ResponseValidationError, ValidationError } from "../../src/errors/index.js";
import { countModels } from "../../src/models/index.js";
import { api, testClient, useNock } from "../helpers/nock.js";

useNock();

describe("countModels()", () => {
  it("returns the count inside data", async () => {
    api().get("/api/v1/models/count").reply(200, { data: { count: 342 } });
    expect(await countModels(testClient())).toBe(342);
  });

  it("sends the filters, so non-text models can be counted too", async () => {
    api().get("/api/v1/models/count").query({ output_modalities: "image,embeddings" }).reply(200, { data: { count: 41 } });
    expect(await countModels(testClient(), { output_modalities: ["image", "embeddings"] })).toBe(41);
  });

  it("throws ResponseValidationError naming data.count when it is not a number", async () => {
    api().get("/api/v1/models/count").reply(200, { data: { count: "342" } });
    const error = await countModels(testClient()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("data.count");
  });

  it("refuses a filter /models/count cannot count by, naming it, before sending", async () => {
    const error = await countModels(testClient(), { output_modalities: "all", supported_parameters: ["tools"] } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe("query.supported_parameters");
    expect((error as Error).message).toContain("output_modalities only");
    expect((error as Error).message).toContain("listModels");
  });

  it("sends only output_modalities, leaving out filters given as undefined", async () => {
    api().get("/api/v1/models/count").query({ output_modalities: "all" }).reply(200, { data: { count: 400 } });
    expect(await countModels(testClient(), { output_modalities: "all", input_modalities: undefined } as never)).toBe(400);
  });
});
