import { describe, expect, it } from "vitest";
import type { ChatParams } from "../../src/types/chat-params.js";
import type { CatalogModel, ModelLookup } from "../../src/types/model-lookup.js";
import { ValidationError } from "../../src/errors/index.js";
import { isImageOnlyModel, modalityGuard } from "../../src/postprocess/modality-guard.js";

const catalogOf = (...models: CatalogModel[]): ModelLookup => ({ get: async (id) => models.find((m) => m.id === id) });
const prepare = async (params: ChatParams, catalog?: ModelLookup): Promise<ChatParams> => modalityGuard.prepare!(params, { params, catalog });

describe("isImageOnlyModel()", () => {
  it("believes the catalog's output modalities over the model's family", async () => {
    const catalog = catalogOf(
      { id: "black-forest-labs/flux-2", architecture: { output_modalities: ["image", "text"] } },
      { id: "acme/painter", architecture: { output_modalities: ["image"] } },
    );
    expect(await isImageOnlyModel("black-forest-labs/flux-2", catalog)).toBe(false);
    expect(await isImageOnlyModel("acme/painter", catalog)).toBe(true);
  });

  it("knows the image-only families without a catalog", async () => {
    expect(await isImageOnlyModel("black-forest-labs/flux.2-pro")).toBe(true);
    expect(await isImageOnlyModel("bytedance-seed/seedream-4.5")).toBe(true);
    expect(await isImageOnlyModel("google/gemini-2.5-flash-image")).toBe(false);
  });
});

describe("modalityGuard.prepare", () => {
  it('sets modalities: ["image"] for an image-only model when the caller left it out', async () => {
    expect(await prepare({ model: "black-forest-labs/flux.2-pro", prompt: "a cat" })).toMatchObject({ modalities: ["image"] });
  });

  it("refuses modalities with text for an image-only primary or fallback model, before anything is sent", async () => {
    const error = (await prepare({ model: "openai/gpt-4o", models: ["openai/gpt-4o", "recraft/recraft-v3"], modalities: ["image", "text"], prompt: "x" }).catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe("modalities");
    expect(error.message).toMatch(/recraft\/recraft-v3 outputs images only/);
  });

  it('keeps modalities: ["image"] as given, and leaves a text model\'s request alone', async () => {
    const image = { model: "black-forest-labs/flux.2-pro", modalities: ["image" as const], prompt: "a cat" };
    expect(await prepare(image)).toEqual(image);
    const text = { model: "openai/gpt-4o", prompt: "hi" };
    expect(await prepare(text)).toEqual(text);
  });

  it("moves json_object into a system instruction for Anthropic models, which reject it", async () => {
    const prepared = await prepare({ model: "anthropic/claude-haiku-4.5", response_format: { type: "json_object" }, messages: [{ role: "user", content: "ok?" }] });
    expect(prepared.response_format).toBeUndefined();
    expect(prepared.messages?.[0]?.role).toBe("system");
    expect(prepared.messages?.[1]).toEqual({ role: "user", content: "ok?" });
  });

  it("says each rewrite in a debug line, and keeps a json_schema for Anthropic as it is", async () => {
    const lines: string[] = [];
    const json = { model: "anthropic/claude-haiku-4.5", response_format: { type: "json_object" as const }, messages: [{ role: "user" as const, content: "ok?" }] };
    await modalityGuard.prepare!(json, { params: json, debug: (line) => lines.push(line) });
    const image = { model: "black-forest-labs/flux.2-pro", prompt: "a cat" };
    await modalityGuard.prepare!(image, { params: image, debug: (line) => lines.push(line) });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/rewritten: anthropic\/claude-haiku-4\.5 rejects response_format json_object/);
    expect(lines[1]).toMatch(/rewritten: black-forest-labs\/flux\.2-pro outputs images only/);
    const schema = { ...json, response_format: { type: "json_schema" as const, json_schema: { name: "x", schema: {} } } };
    expect(await prepare(schema)).toEqual(schema);
  });

  it("passes the result through unchanged", () => {
    const result = {} as never;
    expect(modalityGuard(result, { params: { model: "m" } })).toBe(result);
  });
});
