// The variants the stream benchmarks run, shared by bench/stream.mjs (a local server in another process) and
// bench/instructions.mjs (an in-memory body, under callgrind). `open(kind)` gives the raw floor its response for
// "chat", "responses" or "messages"; each variant returns how many chunks (or events, or text pieces) it read.
import { createParser } from "eventsource-parser";
import { stream } from "../dist/index.js";
import { streamResponse } from "../dist/responses.js";
import { streamMessage } from "../dist/messages.js";

export const variantNames = {
  floor: "raw fetch + eventsource-parser",
  chunks: "stream() for await chunks",
  text: "stream() textStream",
  final: "stream() final()",
  responsesFloor: "raw fetch + eventsource-parser (/responses)",
  responses: "streamResponse() for await events",
  responsesText: "streamResponse() textStream",
  responsesFinal: "streamResponse() final()",
  messagesFloor: "raw fetch + eventsource-parser (/messages)",
  messages: "streamMessage() for await events",
  messagesText: "streamMessage() textStream",
};

/** Which floor a variant is compared with. */
export const floorOf = (variant) => (variant.startsWith("responses") ? "responsesFloor" : variant.startsWith("messages") ? "messagesFloor" : "floor");

export function streamVariants(client, open) {
  const message = { model: "anthropic/claude-sonnet-4.5", max_tokens: 16, messages: [{ role: "user", content: "x" }] };
  return {
    floor: () => rawFloor(open("chat")),
    responsesFloor: () => rawFloor(open("responses")),
    messagesFloor: () => rawFloor(open("messages")),
    async chunks() {
      let n = 0;
      for await (const _ of await stream(client, { model: "m", prompt: "x" })) n++;
      return n;
    },
    async text() {
      let n = 0;
      for await (const _ of (await stream(client, { model: "m", prompt: "x" })).textStream) n++;
      return n + 1; // textStream skips the empty finish delta; count as chunks for the rate
    },
    async final() {
      const result = await (await stream(client, { model: "m", prompt: "x" })).final();
      globalThis.kept = result; // measured after GC: what a caller holding the result keeps alive
      return (result.usage?.completion_tokens ?? 0) + 2;
    },
    async responses() {
      let n = 0;
      for await (const _ of await streamResponse(client, { model: "m", input: "x" })) n++;
      return n - 2; // created and completed are not deltas
    },
    async responsesText() {
      let n = 0;
      for await (const _ of (await streamResponse(client, { model: "m", input: "x" })).textStream) n++;
      return n;
    },
    async responsesFinal() {
      const result = await (await streamResponse(client, { model: "m", input: "x" })).final();
      globalThis.kept = result;
      return result.usage?.output_tokens ?? 0;
    },
    async messages() {
      let n = 0;
      for await (const _ of await streamMessage(client, message)) n++;
      return n - 5; // message_start, block start and stop, message_delta, message_stop
    },
    async messagesText() {
      let n = 0;
      for await (const _ of (await streamMessage(client, message)).textStream) n++;
      return n;
    },
  };
}

/** The floor: raw fetch + eventsource-parser + JSON.parse of every event. */
async function rawFloor(opening) {
  const res = await opening;
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let n = 0;
  const parser = createParser({
    onEvent(event) {
      if (event.data === "[DONE]") return;
      JSON.parse(event.data);
      n++;
    },
  });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  return n;
}
