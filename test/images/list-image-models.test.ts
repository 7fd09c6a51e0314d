import { describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "../../src/errors/index.js";
import { listImageModelEndpoints } from "../../src/images/list-image-model-endpoints.js";
import { listImageModels } from "../../src/images/list-image-models.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { api, testClient, useNock } from "../helpers/nock.js";
import { sharedFailurePaths } from "../helpers/endpoint-failures.js";

useNock();

describe("listImageModels()", () => {
  it("reads the document's example, unknown fields kept", async () => {
    const body = fixtureJSON("images-models-list.json");
    body.data[0].future_field = { x: 1 };
    api().get("/api/v1/images/models").reply(200, body);
    const [model, ...rest] = await listImageModels(testClient());
    expect(rest).toEqual([]);
    expect(model?.id).toBe("bytedance-seed/seedream-4.5");
    expect(model?.supports_streaming).toBe(false);
    expect(model?.supported_parameters?.["resolution"]).toEqual({ type: "enum", values: ["1K", "2K", "4K"] });
    expect(model?.architecture?.output_modalities).toEqual(["image"]);
    expect(model?.["future_field"]).toEqual({ x: 1 });
  });

  it("names a broken descriptor", async () => {
    const body = fixtureJSON("images-models-list.json");
    body.data[0].supported_parameters.output_compression = { type: "range", min: 0 };
    api().get("/api/v1/images/models").reply(200, body);
    await expect(listImageModels(testClient())).rejects.toThrow(/data\[0\]\.supported_parameters\.output_compression is a range without numeric min and max/);
  });
});

describe("listImageModelEndpoints()", () => {
  it("reads the document's example (endpoints at the top level) and the same wrapped in data", async () => {
    const body = fixtureJSON("images-model-endpoints.json");
    api().get("/api/v1/images/models/bytedance-seed/seedream-4.5/endpoints").reply(200, body);
    api().get("/api/v1/images/models/bytedance-seed/seedream-4.5/endpoints").reply(200, { data: body });
    for (let i = 0; i < 2; i++) {
      const [endpoint] = await listImageModelEndpoints(testClient(), "bytedance-seed/seedream-4.5");
      expect(endpoint?.provider_tag).toBe("bytedance");
      expect(endpoint?.pricing).toEqual([{ billable: "output_image", cost_usd: 0.05, unit: "image" }]);
      expect(endpoint?.allowed_passthrough_parameters).toEqual([]);
    }
  });

  it("refuses an id that is not author/slug, and gives NotFoundError for an unknown model", async () => {
    await expect(listImageModelEndpoints(testClient(), "seedream")).rejects.toBeInstanceOf(ValidationError);
    api().get("/api/v1/images/models/x/y/endpoints").reply(404, { error: { code: 404, message: "Resource not found" } });
    await expect(listImageModelEndpoints(testClient(), "x/y")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("names a broken price", async () => {
    const body = fixtureJSON("images-model-endpoints.json");
    body.endpoints[0].pricing[0].cost_usd = "0.05";
    api().get("/api/v1/images/models/a/b/endpoints").reply(200, body);
    await expect(listImageModelEndpoints(testClient(), "a/b")).rejects.toThrow(/endpoints\[0\]\.pricing\[0\]\.cost_usd is not a number/);
  });
});

sharedFailurePaths({
  name: "listImageModels()",
  call: (client, options) => listImageModels(client, options),
  malformed: { body: { data: [{ id: "a/b" }] } },
  malformedMessage: "data[0].name",
});

sharedFailurePaths({
  name: "listImageModelEndpoints()",
  call: (client, options) => listImageModelEndpoints(client, "bytedance-seed/seedream-4.5", options),
  malformed: { body: { id: "a/b", endpoints: [{ provider_name: "X", supported_parameters: {}, pricing: "free" }] } },
  malformedMessage: "endpoints[0].pricing",
});
