import { describe, expectTypeOf, it } from "vitest";
import type { ChatParams } from "../../src/types/chat-params.js";
import type { ContentPart } from "../../src/types/content-parts.js";

describe("ChatParams has the document's fields", () => {
  it("takes stop_server_tools_when, prompt_cache_options and stream_options", () => {
    const params = {
      prompt: "x",
      stop_server_tools_when: [{ type: "step_count_is", step_count: 3 }, { type: "max_cost", max_cost_in_dollars: 0.5 }],
      prompt_cache_options: { mode: "explicit", ttl: "1h" },
      stream_options: { include_usage: true },
      plugins: [{ id: "pareto-router" }, { id: "fusion" }],
      tools: [{ type: "openrouter:web_fetch" }],
    } satisfies ChatParams;
    expectTypeOf(params).toExtend<ChatParams>();
    // @ts-expect-error a stop condition needs its own field
    const bad: ChatParams = { prompt: "x", stop_server_tools_when: [{ type: "step_count_is" }] };
    void bad;
  });

  it("takes cache_control on every content part, and file_id files", () => {
    const cache = { type: "ephemeral", ttl: "1h" } as const;
    const parts = [
      { type: "text", text: "a", cache_control: cache },
      { type: "image_url", image_url: { url: "https://x/a.png" }, cache_control: cache },
      { type: "input_audio", input_audio: { data: "AAAA", format: "wav" }, cache_control: cache },
      { type: "video_url", video_url: { url: "https://x/a.mp4" }, cache_control: cache },
      { type: "file", file: { file_id: "file_01abc" }, cache_control: cache },
    ] satisfies ContentPart[];
    expectTypeOf(parts).toExtend<ContentPart[]>();
  });
});
