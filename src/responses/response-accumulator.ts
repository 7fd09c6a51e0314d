import { TextFields } from "../streaming/text-fields.js";
import type { ResponseStreamEvent } from "./stream-events.js";
import type { ResponseObject, ResponseOutputItem } from "./types.js";

type Item = Record<string, any>;

/**
 * Turns the events of a Responses stream into the response they describe: the snapshot of `response.created`,
 * each output item built from its deltas (text, annotations, refusals, function call arguments, reasoning summaries
 * and text, partial images) and replaced by its `output_item.done`, and, at the end, the response the terminal
 * event carries (its `output` is authoritative when it has one; else the built items stand). Pure: tested on
 * arrays of events.
 * @internal
 */
export class ResponseAccumulator {
  #response: ResponseObject | undefined;
  readonly #output: Item[] = [];
  /** The texts growing by deltas, written back to their parts and items by toResponse(). */
  readonly #texts = new TextFields();
  /** The terminal event's type, once it has arrived. */
  terminal: "response.completed" | "response.failed" | "response.incomplete" | undefined;

  add(event: ResponseStreamEvent): void {
    const e = event as Item;
    // The event of nearly every token, ahead of the switch (which compares the type with each case in turn), its
    // part found directly when it is there.
    if (event.type === "response.output_text.delta") {
      const content: unknown = this.#output[event.output_index]?.content;
      const found: unknown = Array.isArray(content) ? content[event.content_index] : undefined;
      const part = typeof found === "object" && found !== null ? (found as Item) : this.#part(e);
      if (typeof event.delta === "string") this.#texts.append(part, "text", event.delta);
      return;
    }
    switch (event.type) {
      case "response.created":
      case "response.in_progress":
        this.#response = event.response;
        return;
      case "response.completed":
      case "response.failed":
      case "response.incomplete":
        this.#response = event.response;
        this.terminal = event.type;
        return;
      case "response.output_item.added":
      case "response.output_item.done":
        this.#output[event.output_index] = structuredClone(event.item) as Item;
        return;
      case "response.content_part.added":
        this.#part(e, true);
        return;
      case "response.content_part.done":
        this.#content(e)[e.content_index] = structuredClone(e.part);
        return;
      case "response.output_text.done":
        this.#texts.set(this.#part(e), "text", e.text);
        return;
      case "response.output_text.annotation.added": {
        const part = this.#part(e);
        (part.annotations ??= [])[e.annotation_index] = e.annotation;
        return;
      }
      case "response.refusal.delta":
        if (typeof e.delta === "string") this.#texts.append(this.#part(e, false, "refusal"), "refusal", e.delta);
        return;
      case "response.refusal.done":
        this.#texts.set(this.#part(e, false, "refusal"), "refusal", e.refusal);
        return;
      case "response.function_call_arguments.delta":
        if (typeof e.delta === "string") this.#texts.append(this.#item(e, "function_call"), "arguments", e.delta);
        return;
      case "response.function_call_arguments.done":
        this.#texts.set(this.#item(e, "function_call"), "arguments", e.arguments);
        return;
      case "response.reasoning_summary_part.added":
      case "response.reasoning_summary_part.done":
        this.#summaries(e)[e.summary_index] = { ...e.part };
        return;
      case "response.reasoning_summary_text.delta": {
        const summary = (this.#summaries(e)[e.summary_index] ??= { type: "summary_text", text: "" });
        if (typeof e.delta === "string") this.#texts.append(summary, "text", e.delta);
        return;
      }
      case "response.reasoning_summary_text.done":
        this.#texts.set((this.#summaries(e)[e.summary_index] ??= { type: "summary_text" }), "text", e.text);
        return;
      case "response.reasoning_text.delta":
      case "response.reasoning_text.done": {
        const content = ((this.#item(e, "reasoning").content ??= []) as Item[]);
        const part = (content[e.content_index] ??= { type: "reasoning_text", text: "" });
        if (e.type === "response.reasoning_text.done") this.#texts.set(part, "text", e.text);
        else if (typeof e.delta === "string") this.#texts.append(part, "text", e.delta);
        return;
      }
      case "response.image_generation_call.partial_image":
        // The latest partial image stands for the result until the item is done.
        if (typeof e.partial_image_b64 === "string") this.#item(e, "image_generation_call").result = e.partial_image_b64;
        return;
      default:
        return;
    }
  }

  /** The response so far, in the wire's shape. */
  toResponse(): ResponseObject {
    this.#texts.flush();
    const base = this.#response ?? { id: "", object: "response", created_at: 0, model: "", status: "in_progress", output: [] };
    // The terminal event's response carries the whole output; a stream cut before it keeps the items built so far.
    const built = this.#output.filter(Boolean) as ResponseOutputItem[];
    const output = this.terminal && Array.isArray(base.output) && base.output.length > 0 ? base.output : built;
    return { ...base, output };
  }

  #item(e: Item, type: string): Item {
    return (this.#output[e.output_index] ??= { type, id: e.item_id });
  }

  #content(e: Item): Item[] {
    return (this.#item(e, "message").content ??= []) as Item[];
  }

  #part(e: Item, fromEvent = false, type = "output_text"): Item {
    const content = this.#content(e);
    if (fromEvent) return (content[e.content_index] = structuredClone(e.part ?? { type }));
    return (content[e.content_index] ??= type === "refusal" ? { type, refusal: "" } : { type, text: "", annotations: [] });
  }

  #summaries(e: Item): Item[] {
    return (this.#item(e, "reasoning").summary ??= []) as Item[];
  }
}
