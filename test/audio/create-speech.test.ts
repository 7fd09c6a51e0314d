import nock from "nock";
import { describe, expect, it } from "vitest";
import { createClient } from "../../src/core/client.js";
import { createSpeech, createSpeechStream } from "../../src/audio/index.js";
import { APIError, ConnectionError, TimeoutError, ValidationError } from "../../src/errors/index.js";
import { TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";
import { sharedFailurePaths } from "../helpers/endpoint-failures.js";
import { startLocalOpenRouter } from "../server/openrouter-server.js";

useNock();

// The request of the OpenAPI document's createAudioSpeech example.
const example = { input: "Hello world", model: "mistralai/voxtral-mini-tts-2603", response_format: "pcm", speed: 1, voice: "en_paul_neutral" } as const;
const pcm = new Uint8Array([0, 1, 2, 3, 250, 251, 252, 253]);

describe("createSpeech()", () => {
  it("posts the document's example and returns the audio bytes with their type and generation id", async () => {
    api()
      .post("/api/v1/audio/speech", example)
      .matchHeader("authorization", `Bearer ${TEST_KEY}`)
      .reply(200, Buffer.from(pcm), { "content-type": "audio/pcm", "x-generation-id": "gen-tts-1" });
    const speech = await createSpeech(testClient(), example);
    expect(speech.bytes).toEqual(pcm);
    expect(speech.mimeType).toBe("audio/pcm");
    expect(speech.generationId).toBe("gen-tts-1");
    const blob = speech.toBlob();
    expect(blob.type).toBe("audio/pcm");
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(pcm);
  });

  it("sends voice samples given as bytes or Blobs as base64, a data: URL as it is", async () => {
    const wav = new Uint8Array([82, 73, 70, 70, 1, 2]);
    api()
      .post("/api/v1/audio/speech", {
        model: "mistralai/voxtral-mini-tts-2603",
        input: "Hi",
        input_references: [
          { type: "input_audio", input_audio: { data: Buffer.from(wav).toString("base64"), format: "wav" } },
          { type: "input_audio", input_audio: { data: Buffer.from(wav).toString("base64") } },
          { type: "input_audio", input_audio: { data: "data:audio/wav;base64,UklGRuQX" } },
          { type: "text", text: "I used to rule the world." },
        ],
      })
      .reply(200, Buffer.from(pcm), { "content-type": "audio/pcm" });
    await createSpeech(testClient(), {
      model: "mistralai/voxtral-mini-tts-2603",
      input: "Hi",
      input_references: [
        { type: "input_audio", input_audio: { data: wav, format: "wav" } },
        { type: "input_audio", input_audio: { data: new Blob([wav]) } },
        { type: "input_audio", input_audio: { data: "data:audio/wav;base64,UklGRuQX" } },
        { type: "text", text: "I used to rule the world." },
      ],
    });
  });

  it("refuses bad input before sending, naming the field", async () => {
    const client = testClient();
    await expect(createSpeech(client, { model: "", input: "x" })).rejects.toMatchObject({ field: "model" });
    await expect(createSpeech(client, { model: "openai/gpt-4o-mini-tts", input: "" })).rejects.toMatchObject({ field: "input" });
    await expect(createSpeech(client, { model: "openai/gpt-4o-mini-tts", input: "x", speed: 0 })).rejects.toMatchObject({ field: "speed" });
    await expect(
      createSpeech(client, { model: "openai/gpt-4o-mini-tts", input: "x", input_references: [{ type: "input_audio", input_audio: { data: new Uint8Array() } }] }),
    ).rejects.toMatchObject({ field: "input_references[0].input_audio.data" });
    await expect(
      createSpeech(client, { model: "openai/gpt-4o-mini-tts", input: "x", input_references: [{ type: "input_audio", input_audio: { data: "https://x.test/a.wav" } }] }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("throws the API error of a JSON error body sent with 200", async () => {
    api().post("/api/v1/audio/speech").reply(200, { error: { code: 400, message: "Unknown voice" } }, { "content-type": "application/json" });
    const failure = await createSpeech(testClient(), example).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(APIError);
    expect((failure as APIError).status).toBe(400);
  });
});

sharedFailurePaths({
  name: "createSpeech()",
  call: (client, options) => createSpeech(client, example, options),
  ok: { headers: { "content-type": "audio/pcm" }, body: pcm },
  malformed: { headers: { "content-type": "text/html" }, body: "<html>captive portal</html>" },
  malformedMessage: /Expected audio but OpenRouter answered 200 with/,
});

sharedFailurePaths({
  name: "createSpeechStream()",
  call: async (client, options) => (await createSpeechStream(client, example, options)).bytes(),
  ok: { headers: { "content-type": "audio/pcm" }, body: pcm },
  malformed: { headers: { "content-type": "application/json" }, body: { audio: "not here" } },
  malformedMessage: /not here/,
});

describe("createSpeechStream() against a local OpenRouter", () => {
  const withServer = async (run: (baseURL: string, server: Awaited<ReturnType<typeof startLocalOpenRouter>>) => Promise<void>) => {
    nock.enableNetConnect("127.0.0.1");
    const server = await startLocalOpenRouter();
    try {
      await run(server.baseURL, server);
    } finally {
      await server.close();
    }
  };

  it("streams the audio piece by piece as it arrives", () =>
    withServer(async (baseURL, server) => {
      server.enqueue({ headers: { "content-type": "audio/mpeg" }, steps: [{ bytes: pcm.subarray(0, 4) }, { wait: 30 }, { bytes: pcm.subarray(4) }] });
      const speech = await createSpeechStream(createClient({ apiKey: TEST_KEY, baseURL }), example);
      expect(speech.mimeType).toBe("audio/mpeg");
      const pieces: number[] = [];
      for await (const piece of speech.body) pieces.push(piece.length);
      expect(pieces).toEqual([4, 4]);
    }));

  it("errors the stream with TimeoutError (idle) when the body stalls, and closes the connection", () =>
    withServer(async (baseURL, server) => {
      server.enqueue({ headers: { "content-type": "audio/pcm" }, steps: [{ bytes: pcm }, { stall: true }] });
      const speech = await createSpeechStream(createClient({ apiKey: TEST_KEY, baseURL, idleTimeout: 100 }), example);
      const failure = await speech.bytes().catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(TimeoutError);
      expect((failure as TimeoutError).phase).toBe("idle");
      await server.lastSocketClosed(2_000);
    }));

  it("says the connection dropped when the body is cut", () =>
    withServer(async (baseURL, server) => {
      server.enqueue({ headers: { "content-type": "audio/pcm" }, steps: [{ bytes: pcm }, { drop: true }] });
      const speech = await createSpeechStream(createClient({ apiKey: TEST_KEY, baseURL }), example);
      await expect(speech.toBlob()).rejects.toBeInstanceOf(ConnectionError);
    }));

  it("closes the connection when the reader cancels, and refuses a second reader", () =>
    withServer(async (baseURL, server) => {
      server.enqueue({ headers: { "content-type": "audio/pcm" }, steps: [{ bytes: pcm }, { stall: true }] });
      const speech = await createSpeechStream(createClient({ apiKey: TEST_KEY, baseURL }), example);
      const reader = speech.body.getReader();
      await reader.read();
      await expect(speech.bytes()).rejects.toMatchObject({ field: "body" });
      await reader.cancel();
      await server.lastSocketClosed(2_000);
    }));
});
