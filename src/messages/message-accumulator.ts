import { TextBuilder } from "../streaming/text-builder.js";
import { TextFields } from "../streaming/text-fields.js";
import type { MessageStreamEvent } from "./stream-events.js";
import type { MessageObject } from "./types.js";

type Block = Record<string, any>;

/**
 * Turns the events of a Messages stream into the message they describe: `message_start`'s envelope, each content
 * block built from its deltas (a `tool_use` block's `input` parsed from its JSON pieces at `content_block_stop`;
 * pieces that are not JSON stay as the text in `input`), and `message_delta`'s stop reason and usage. Pure: tested
 * on arrays of events.
 * @internal
 */
export class MessageAccumulator {
  #message: MessageObject | undefined;
  readonly #content: Block[] = [];
  readonly #json = new Map<number, TextBuilder>();
  /** The texts growing by deltas, written back to their blocks by toMessage(). */
  readonly #texts = new TextFields();
  stopped = false;

  add(event: MessageStreamEvent): void {
    switch (event.type) {
      case "message_start":
        this.#message = { ...event.message, content: [] };
        return;
      case "content_block_start":
        this.#content[event.index] = structuredClone(event.content_block) as Block;
        return;
      case "content_block_delta": {
        const block = (this.#content[event.index] ??= { type: "text", text: "" });
        const delta = event.delta as Block;
        if (delta.type === "text_delta") this.#texts.append(block, "text", String(delta.text));
        else if (delta.type === "thinking_delta") this.#texts.append(block, "thinking", String(delta.thinking));
        else if (delta.type === "signature_delta") block.signature = delta.signature;
        else if (delta.type === "input_json_delta") {
          let json = this.#json.get(event.index);
          if (!json) this.#json.set(event.index, (json = new TextBuilder()));
          json.add(String(delta.partial_json));
        }
        else if (delta.type === "citations_delta") (block.citations ??= []).push(delta.citation);
        return;
      }
      case "content_block_stop": {
        const json = this.#json.get(event.index)?.toString();
        const block = this.#content[event.index];
        if (json !== undefined && block) {
          this.#json.delete(event.index);
          if (json.trim() !== "") {
            try {
              block.input = JSON.parse(json);
            } catch {
              block.input = json;
            }
          }
        }
        return;
      }
      case "message_delta":
        if (this.#message) {
          this.#message = { ...this.#message, ...event.delta, usage: { ...this.#message.usage, ...event.usage } as MessageObject["usage"] & object };
        }
        return;
      case "message_stop":
        this.stopped = true;
        return;
      default:
        return;
    }
  }

  /** The message so far, in the wire's shape. */
  toMessage(): MessageObject {
    this.#texts.flush();
    const base = this.#message ?? { id: "", type: "message", role: "assistant", model: "", content: [], stop_reason: null };
    return { ...base, content: this.#content.filter(Boolean) as MessageObject["content"] };
  }
}
