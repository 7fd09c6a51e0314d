import { describe, expect, it } from "vitest";
import { NotFoundError, ResponseValidationError } from "../../src/errors/index.js";
import { listModelEndpoints } from "../../src/models/index.js";
import { api, testClient, useNock } from "../helpers/nock.js";
import { endpointsBody } from "./model-fixtures.js";

useNock();

describe("listModelEndpoints()", () => {
  it("returns each provider's endpoint with pricing, quantization, uptime, latency and parameters", async () => {
    api().get("/api/v1/models/meta-llama/llama-3.1-8b-instruct/endpoints").reply(200, endpointsBody());
    const endpoints = await listModelEndpoints(testClient(), "meta-llama/llama-3.1-8b-instruct");
    expect(endpoints.map((e) => e.tag)).toEqual(["deepinfra/turbo", "novita/bf16"]);
    const [deepinfra, novita] = endpoints;
    expect(deepinfra!.quantization).toBe("fp8");
    expect(deepinfra!.uptime_last_30m).toBe(99.82);
    expect(deepinfra!.latency_last_30m?.p50).toBe(0.31);
    expect(deepinfra!.supported_parameters).toContain("tools");
    expect(deepinfra!.pricing.completion).toBe("0.00000005");
    expect(novita!.status).toBe(-2);
  });

  it("accepts nulls and missing metrics, and keeps fields it does not know", async () => {
    api().get("/api/v1/models/meta-llama/llama-3.1-8b-instruct/endpoints").reply(200, endpointsBody());
    const [, novita] = await listModelEndpoints(testClient(), "meta-llama/llama-3.1-8b-instruct");
    expect(novita!.quantization).toBeNull();
    expect(novita!.latency_last_30m).toBeNull();
    expect(novita!.uptime_last_1d).toBeUndefined();
    expect((novita as unknown as Record<string, unknown>)["brand_new_metric"]).toEqual({ score: 7 });
  });

  it("throws NotFoundError for an unknown model", async () => {
    api()
      .get("/api/v1/models/acme/nothing/endpoints")
      .reply(404, { error: { code: 404, message: "Model not found" } });
    await expect(listModelEndpoints(testClient(), "acme/nothing")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("names the endpoint field the SDK relies on when it is missing", async () => {
    const body = endpointsBody();
    delete body.data.endpoints[1].provider_name;
    api().get("/api/v1/models/meta-llama/llama-3.1-8b-instruct/endpoints").reply(200, body);
    const error = await listModelEndpoints(testClient(), "meta-llama/llama-3.1-8b-instruct").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("data.endpoints[1].provider_name is missing");
  });

  it("says so when endpoints is not a list", async () => {
    api().get("/api/v1/models/acme/x/endpoints").reply(200, { data: { id: "acme/x" } });
    await expect(listModelEndpoints(testClient(), "acme/x")).rejects.toThrow(/data\.endpoints is not an array/);
  });
});
