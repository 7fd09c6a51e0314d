import { describe, expect, it } from "vitest";
import { TextBuilder } from "../../src/streaming/text-builder.js";

describe("TextBuilder", () => {
  it("is empty before anything is added", () => {
    expect(new TextBuilder().toString()).toBe("");
  });

  it("joins pieces in the order they were added", () => {
    const text = new TextBuilder();
    for (const piece of ["Hel", "lo", ", ", "", "world"]) text.add(piece);
    expect(text.toString()).toBe("Hello, world");
  });

  it("keeps every piece across its internal flushes, however many there are", () => {
    const text = new TextBuilder();
    const pieces = Array.from({ length: 256 * 3 + 17 }, (_, i) => `${i},`);
    for (const piece of pieces) text.add(piece);
    expect(text.toString()).toBe(pieces.join(""));
  });

  it("can be read, added to, and read again", () => {
    const text = new TextBuilder();
    text.add("a");
    expect(text.toString()).toBe("a");
    for (let i = 0; i < 300; i++) text.add("b");
    expect(text.toString()).toBe(`a${"b".repeat(300)}`);
    expect(text.toString()).toBe(`a${"b".repeat(300)}`);
  });

  it("keeps non-ASCII text, surrogate pairs split across pieces included", () => {
    const text = new TextBuilder();
    const emoji = "😀";
    text.add("é ");
    text.add(emoji.slice(0, 1));
    text.add(emoji.slice(1));
    expect(text.toString()).toBe("é 😀");
  });
});
