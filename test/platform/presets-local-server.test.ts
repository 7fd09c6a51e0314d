// The local OpenRouter's default answers for presets, generation content and feedback and auth codes, which the
// examples and the demo rely on offline. The create-from paths end like the inference routes
// (…/chat/completions, …/responses, …/messages): each must get a preset back, not a completion.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthCode, getGenerationContent } from "../../src/account/index.js";
import { createClient } from "../../src/core/client.js";
import {
  createPresetFromChat, createPresetFromMessages, createPresetFromResponses, getPreset, getPresetVersion, listPresets,
  listPresetVersions, submitGenerationFeedback,
} from "../../src/platform/index.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";
import { MANAGEMENT_KEY } from "./plat-b-helpers.js";

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(async () => {
  await server.close();
});
const client = () => createClient({ baseURL: server.baseURL, apiKey: "sk-or-v1-local", managementKey: MANAGEMENT_KEY, maxRetries: 0 });

describe("the local OpenRouter's default answers", () => {
  it("answers every preset call with the OpenAPI examples, the create-from paths with a preset", async () => {
    expect((await listPresets(client())).data[0]?.slug).toBe("my-preset");
    expect((await getPreset(client(), "my-preset")).designated_version?.version).toBe(1);
    expect((await listPresetVersions(client(), "my-preset")).total_count).toBe(1);
    expect((await getPresetVersion(client(), "my-preset", 1)).version).toBe(1);
    expect((await createPresetFromChat(client(), "my-preset", { model: "openai/gpt-5.4", messages: [] })).slug).toBe("my-preset");
    expect((await createPresetFromResponses(client(), "my-preset", { model: "openai/gpt-5.4", input: "Hi" })).slug).toBe("my-preset");
    expect((await createPresetFromMessages(client(), "my-preset", { model: "anthropic/claude-4.6-sonnet", max_tokens: 1024, messages: [] })).slug).toBe("my-preset");
  });

  it("answers generation content, feedback and auth codes", async () => {
    expect((await getGenerationContent(client(), "gen-1")).output.completion).toMatch(/meaning of life/);
    expect(await submitGenerationFeedback(client(), { generation_id: "gen-1", category: "other" })).toEqual({ success: true });
    expect((await createAuthCode(client(), { callback_url: "http://localhost:3000/cb" })).id).toBe("auth_code_xyz789");
  });
});
