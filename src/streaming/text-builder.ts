/**
 * Joins many small strings into one without the memory of a long `+=` chain. V8 keeps `a += b` as a tree of
 * "cons" nodes, one per append (tens of bytes each), until something flattens it: for a 300,000-token answer that
 * is about 10 MB of nodes for under 2 MB of text. Here the last few hundred pieces are joined with `+=` (the
 * fastest append there is), then flattened into one block by reading a character, and the blocks are chained.
 * @internal
 */
export class TextBuilder {
  #head = "";
  #tail = "";
  #pieces = 0;

  add(piece: string): void {
    this.#tail += piece;
    if (++this.#pieces === 256) this.#flush();
  }

  toString(): string {
    if (this.#pieces > 0) this.#flush();
    return this.#head;
  }

  #flush(): void {
    // Reading a character makes V8 flatten the chain into one string (elsewhere it is only a read).
    this.#tail.charCodeAt(0);
    this.#head += this.#tail;
    this.#tail = "";
    this.#pieces = 0;
  }
}
