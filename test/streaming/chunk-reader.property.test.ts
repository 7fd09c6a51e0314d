import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stream } from "../../src/chat/stream.js";
import { createClient } from "../../src/core/client.js";
import { fixtureText } from "../helpers/fixtures.js";

// The real parsing path without sockets: stream() with a fetch that answers with the fixture's bytes, split
// wherever fast-check likes (through multi-byte characters and CRLF pairs too), with any line-ending style, read
// in any of the three ways a caller can read a stream. The outcome must be the same every time.

const fixtures = ["chat-stream-text.sse", "chat-stream-tool-calls.sse", "chat-stream-midstream-error.sse"];

/** Extra transcripts for what the captures in test/fixtures/ lack: multi-byte text, comments mid-stream, reasoning, images. */
const synthetic = {
  "unicode, comments, reasoning and an image": [
    ": OPENROUTER PROCESSING",
    ev({ role: "assistant", content: "", reasoning: "Pensé ", reasoning_details: [{ type: "reasoning.text", text: "Pensé ", index: 0 }] }),
    ev({ reasoning: "🤔", reasoning_details: [{ type: "reasoning.text", text: "🤔", index: 0, signature: "c2ln" }] }),
    ": OPENROUTER PROCESSING",
    ev({ content: "héllo 🌍 " }),
    ev({ content: "日本語\n" }),
    ev({ images: [{ type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=" }, index: 0 }] }),
    ev({}, "stop"),
    `data: ${JSON.stringify({ id: "gen-u", object: "chat.completion.chunk", created: 1, model: "m", choices: [], usage: { prompt_tokens: 4, completion_tokens: 9, total_tokens: 13 } })}`,
    "data: [DONE]",
  ]
    .map((line) => `${line}\n\n`)
    .join(""),
};

function ev(delta: Record<string, unknown>, finish: string | null = null): string {
  return `data: ${JSON.stringify({ id: "gen-u", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta, finish_reason: finish }] })}`;
}

const transcripts: [string, string][] = [...fixtures.map((name) => [name, fixtureText(name)] as [string, string]), ...Object.entries(synthetic)];

/** What each transcript comes to when read in one piece: the reference the random runs must reproduce. */
const expected: Record<string, (outcome: any) => void> = {
  "chat-stream-text.sse": (o) => expect(o.result.finishReason).toBe("stop"),
  "chat-stream-tool-calls.sse": (o) => expect(o.result.toolCalls).toHaveLength(1),
  "chat-stream-midstream-error.sse": (o) => {
    expect(o.error).toBe("StreamError");
    expect(o.partial.text).toBe("The first three primes are 2, 3");
  },
  "unicode, comments, reasoning and an image": (o) => {
    expect(o.result.text).toBe("héllo 🌍 日本語\n");
    expect(o.result.reasoningDetails).toEqual([{ type: "reasoning.text", text: "Pensé 🤔", index: 0, signature: "c2ln" }]);
    expect(o.result.images).toHaveLength(1);
    expect(o.result.usage.total_tokens).toBe(13);
  },
};

type Mode = "final" | "chunks" | "textStream";

/** What a stream came to: the result, or the error's class, message and partial result. */
async function outcome(bytes: Uint8Array, cuts: number[], mode: Mode): Promise<unknown> {
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    pieces.push(bytes.subarray(from, cut));
    from = cut;
  }
  const fetch = async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          const piece = pieces.shift();
          if (piece === undefined) controller.close();
          else controller.enqueue(piece);
        },
      }),
      { headers: { "content-type": "text/event-stream" } },
    );
  const client = createClient({ apiKey: "sk-or-v1-property", baseURL: "https://openrouter.test/api/v1", maxRetries: 0, fetch });
  const answer = await stream(client, { model: "openai/gpt-4o", prompt: "x" });
  try {
    if (mode === "chunks") for await (const _ of answer) void _;
    if (mode === "textStream") for await (const _ of answer.textStream) void _;
  } catch {
    // final() settles with the same error.
  }
  try {
    return { result: await answer.final() };
  } catch (error) {
    const e = error as Error & { partial?: unknown };
    return { error: e.name, message: e.message, partial: e.partial };
  }
}

const lineEndings = { lf: "\n", crlf: "\r\n", cr: "\r" } as const;

describe("SSE parsing through stream() on random chunkings", () => {
  for (const [name, text] of transcripts) {
    it(`gives the same outcome for ${name} however it is split, ended and read`, async () => {
      const reference = await outcome(new TextEncoder().encode(text), [], "final");
      expected[name]?.(reference);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<keyof typeof lineEndings>("lf", "crlf", "cr"),
          fc.constantFrom<Mode>("final", "chunks", "textStream"),
          fc.array(fc.nat(), { maxLength: 40 }),
          async (ending, mode, rawCuts) => {
            const bytes = new TextEncoder().encode(text.replace(/\r?\n/g, lineEndings[ending]));
            const cuts = [...new Set(rawCuts.map((n) => n % (bytes.length + 1)))].sort((a, b) => a - b);
            expect(await outcome(bytes, cuts, mode)).toEqual(reference);
          },
        ),
        { numRuns: 150 },
      );
    });
  }

  it("splits every transcript into single bytes without changing the outcome", async () => {
    for (const [, text] of transcripts) {
      const bytes = new TextEncoder().encode(text);
      const everyByte = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1);
      expect(await outcome(bytes, everyByte, "chunks")).toEqual(await outcome(bytes, [], "final"));
    }
  });
});
