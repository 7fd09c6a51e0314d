import nock from "nock";
import { describe, expect, it } from "vitest";
import { createClient } from "../../src/core/client.js";
import { createTranscription } from "../../src/audio/index.js";
import { ValidationError } from "../../src/errors/index.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";
import { sharedFailurePaths } from "../helpers/endpoint-failures.js";
import { startLocalOpenRouter } from "../server/openrouter-server.js";

useNock();

const wav = new Uint8Array([82, 73, 70, 70, 36, 0, 0, 0, 87, 65, 86, 69]); // "RIFF$\0\0\0WAVE"
const base64 = Buffer.from(wav).toString("base64");
const model = "openai/whisper-large-v3";

describe("createTranscription()", () => {
  it("sends bytes as base64 JSON and returns the document's example answer", async () => {
    api()
      .post("/api/v1/audio/transcriptions", { model, language: "en", input_audio: { data: base64, format: "wav" } })
      .matchHeader("authorization", `Bearer ${TEST_KEY}`)
      .reply(200, fixtureJSON("stt-response.json"));
    const transcript = await createTranscription(testClient(), { model, language: "en", input_audio: { data: wav, format: "wav" } });
    expect(transcript.text).toBe("Hello, this is a test of OpenAI speech-to-text transcription.");
    expect(transcript.usage?.cost).toBe(0.000508);
    expect(transcript.usage?.seconds).toBe(9.2);
  });

  it("takes a Blob or base64 (a data: URL too) and sends raw base64", async () => {
    for (let i = 0; i < 3; i++) api().post("/api/v1/audio/transcriptions", { model, input_audio: { data: base64, format: "wav" } }).reply(200, { text: "ok" });
    for (const data of [new Blob([wav]), base64, `data:audio/wav;base64,${base64}`]) {
      expect((await createTranscription(testClient(), { model, input_audio: { data, format: "wav" } })).text).toBe("ok");
    }
  });

  it("types verbose_json segments and words", async () => {
    api().post("/api/v1/audio/transcriptions").reply(200, fixtureJSON("stt-response-verbose.json"));
    const transcript = await createTranscription(testClient(), {
      model,
      input_audio: { data: wav, format: "wav" },
      response_format: "verbose_json",
      timestamp_granularities: ["word", "segment"],
    });
    expect(transcript.duration).toBe(9.2);
    expect(transcript.segments?.[0]?.end).toBe(3.2);
    expect(transcript.segments?.[0]?.text).toBe("Hello there.");
    expect(transcript.words?.[0]).toMatchObject({ word: "Hello", start: 0, end: 0.4 });
  });

  it("sends a file as multipart form data with its fields", async () => {
    let sent = "";
    let type = "";
    api()
      .post("/api/v1/audio/transcriptions", (body) => ((sent = String(body)), true))
      .matchHeader("content-type", (value) => ((type = String(value)), true))
      .reply(200, { text: "from the form" });
    const file = new File([wav], "note.wav", { type: "audio/wav" });
    const transcript = await createTranscription(testClient(), { model, file, language: "en", response_format: "verbose_json", timestamp_granularities: ["word"] });
    expect(transcript.text).toBe("from the form");
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent).toContain('name="file"; filename="note.wav"');
    expect(sent).toContain("RIFF");
    expect(sent).toMatch(/name="model"\r\n\r\nopenai\/whisper-large-v3/);
    expect(sent).toMatch(/name="timestamp_granularities\[\]"\r\n\r\nword/);
    expect(sent).toMatch(/name="response_format"\r\n\r\nverbose_json/);
  });

  it("refuses bad input before sending, naming the field", async () => {
    const client = testClient();
    await expect(createTranscription(client, { model: "", input_audio: { data: wav, format: "wav" } })).rejects.toMatchObject({ field: "model" });
    await expect(createTranscription(client, { model, input_audio: { data: wav, format: "" } })).rejects.toMatchObject({ field: "input_audio.format" });
    await expect(createTranscription(client, { model, input_audio: { data: new Uint8Array(), format: "wav" } })).rejects.toMatchObject({ field: "input_audio.data" });
    await expect(createTranscription(client, { model, file: wav })).rejects.toMatchObject({ field: "filename" });
    await expect(createTranscription(client, { model, file: new Uint8Array(), filename: "a.wav" })).rejects.toMatchObject({ field: "file" });
    await expect(createTranscription(client, { model, file: new Uint8Array(25 * 1024 * 1024 + 1), filename: "a.wav" })).rejects.toThrow(/25 MB/);
    await expect(createTranscription(client, { model } as never)).rejects.toBeInstanceOf(ValidationError);
  });
});

sharedFailurePaths({
  name: "createTranscription()",
  call: (client, options) => createTranscription(client, { model, input_audio: { data: wav, format: "wav" } }, options),
  ok: { body: fixtureJSON("stt-response.json") },
  malformed: { body: { usage: { cost: 0 } } },
  malformedMessage: "text is missing",
});

describe("createTranscription() uploads against a local OpenRouter", () => {
  it("builds the multipart body anew for the retry", async () => {
    nock.enableNetConnect("127.0.0.1");
    const server = await startLocalOpenRouter();
    try {
      server.enqueue({ status: 429, headers: { "retry-after-ms": "1" }, body: { error: { code: 429, message: "slow down" } } }, { body: { text: "second try" } });
      const client = createClient({ apiKey: TEST_KEY, baseURL: server.baseURL, maxRetries: 1 });
      const transcript = await createTranscription(client, { model, file: wav, filename: "note.wav" });
      expect(transcript.text).toBe("second try");
      const bodies = server.requests.slice(-2).map((r) => String(r.body));
      for (const body of bodies) {
        expect(body).toContain('filename="note.wav"');
        expect(body).toContain("RIFF$");
        expect(body).toContain("WAVE");
      }
      expect(server.requests.at(-1)?.headers["content-type"]).toMatch(/^multipart\/form-data/);
    } finally {
      await server.close();
    }
  });
});
