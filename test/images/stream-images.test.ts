import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stream } from "../../src/chat/stream.js";
import { createClient } from "../../src/core/client.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

let server: LocalOpenRouter;
beforeAll(async () => {
  server = await startLocalOpenRouter();
});
afterAll(() => server.close());

const client = () => createClient({ apiKey: "sk-or-v1-local", baseURL: server.baseURL, maxRetries: 0 });
const png: string = fixtureJSON("chat-image-gemini.json").choices[0].message.images[0].image_url.url;
const jpeg = "data:image/jpeg;base64,/9j/4AAQSkZJRg==";

function chunk(delta: object, extra: object = {}) {
  return {
    data: { id: "gen-img-stream", object: "chat.completion.chunk", created: 1764926649, model: "google/gemini-2.5-flash-image", choices: [{ index: 0, delta, finish_reason: null }], ...extra },
  };
}

describe("streaming image generation", () => {
  it("collects the images of every delta in final(), decoded and in order", async () => {
    server.enqueue({
      steps: [
        chunk({ role: "assistant", content: "" }),
        chunk({ images: [{ type: "image_url", image_url: { url: png }, index: 0 }] }),
        { comment: "OPENROUTER PROCESSING" },
        chunk({ content: "Here you go.", images: [{ type: "image_url", image_url: { url: jpeg }, index: 1 }] }),
        { data: { ...chunk({}).data, choices: [{ index: 0, delta: {}, finish_reason: "stop" }], usage: { prompt_tokens: 12, completion_tokens: 2580, total_tokens: 2592 } } },
        { done: true },
      ],
    });
    const answer = await stream(client(), { model: "google/gemini-2.5-flash-image", modalities: ["image", "text"], prompt: "two dots" });
    const result = await answer.final();
    expect(result.images.map((i) => i.mimeType)).toEqual(["image/png", "image/jpeg"]);
    expect(Array.from(result.images[0]?.bytes ?? [])).toEqual(Array.from(Buffer.from(png.split(",")[1] ?? "", "base64")));
    expect(result.images[1]?.dataUrl).toBe(jpeg);
    expect(result.text).toBe("Here you go.");
    expect(result.usage?.completion_tokens).toBe(2580);
    expect(server.requests.at(-1)?.body.modalities).toEqual(["image", "text"]);
  });
});
