import { TextBuilder } from "./text-builder.js";

type Target = Record<string, unknown>;
interface Pending {
  target: Target;
  field: string;
  builder: TextBuilder;
}

/**
 * The string fields of an accumulated answer that grow by deltas (a text part's `text`, a call's `arguments`), each
 * kept in a {@link TextBuilder} and written back to its object by {@link flush}: `part.text += delta` on every event
 * would leave a chain of one cons node per delta, several times the text's size and slow to walk for the GC. One
 * growing field per object; {@link set} (a `.done` event's whole value) replaces what was appended.
 * @internal
 */
export class TextFields {
  readonly #pending = new Map<Target, Pending>();
  /** The field the last delta went to: a stream's deltas go to one part at a time, so most skip the map. */
  #last: Pending | undefined;

  /** Appends `piece` to `target[field]` (starting from the field's string value, if it has one). */
  append(target: Target, field: string, piece: string): void {
    let pending = this.#last;
    if (pending === undefined || pending.target !== target || pending.field !== field) {
      pending = this.#pending.get(target);
      if (pending === undefined || pending.field !== field) {
        if (pending !== undefined) target[pending.field] = pending.builder.toString();
        const had = target[field];
        pending = { target, field, builder: new TextBuilder() };
        if (typeof had === "string") pending.builder.add(had);
        this.#pending.set(target, pending);
      }
      this.#last = pending;
    }
    pending.builder.add(piece);
  }

  /** Sets `target[field]` to a whole value, dropping what was appended to it. */
  set(target: Target, field: string, value: unknown): void {
    const pending = this.#pending.get(target);
    if (pending !== undefined && pending.field === field) {
      this.#pending.delete(target);
      if (this.#last === pending) this.#last = undefined;
    }
    target[field] = value;
  }

  /** Writes every appended field back to its object; appending may go on after. */
  flush(): void {
    for (const pending of this.#pending.values()) pending.target[pending.field] = pending.builder.toString();
  }
}
