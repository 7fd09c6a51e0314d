import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ResponseValidationError } from "../../src/errors/index.js";
import { extractJson } from "../../src/postprocess/extract-json.js";

// Models wrap JSON in prose and fences. Whatever surrounds it, the JSON comes back as JSON.parse would read it.

/** Objects and arrays, as a model would answer with (a bare number in prose is ambiguous by nature). */
const container = fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue()));

/** The value as JSON.parse reads it back (-0 becomes 0, and so on). */
const normal = (value: unknown) => JSON.parse(JSON.stringify(value));

/** Text that opens no JSON and no fence. */
const prose = fc.string({ unit: fc.constantFrom(..."abc xyz.,:;!?\"'()}]-—é🙂\n\t0123456789"), maxLength: 80 });

/** Prose without fences, but with brackets and braces of its own ("[1]", "{see below}"). */
const noisyProse = fc.string({ unit: fc.constantFrom(..."abc xyz.,:;!?'(){}[]-é🙂\n0123456789"), maxLength: 80 });

describe("extractJson on random prose around random JSON", () => {
  it("reads a JSON text as JSON.parse does", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        expect(extractJson(JSON.stringify(value, null, indent))).toEqual(normal(value));
      }),
      { numRuns: 300 },
    );
  });

  it("finds an object or array in prose that opens nothing else", () => {
    fc.assert(
      fc.property(prose, container, prose, fc.constantFrom(0, 2), (before, value, after, indent) => {
        expect(extractJson(`${before}${JSON.stringify(value, null, indent)}${after}`)).toEqual(normal(value));
      }),
      { numRuns: 300 },
    );
  });

  it("prefers a json-fenced block over brackets in the prose around it", () => {
    fc.assert(
      fc.property(noisyProse, container, noisyProse, (before, value, after) => {
        const text = `${before}\n\`\`\`json\n${JSON.stringify(value, null, 2)}\n\`\`\`\n${after}`;
        expect(extractJson(text)).toEqual(normal(value));
      }),
      { numRuns: 300 },
    );
  });

  it("returns a value or throws ResponseValidationError for any text, never anything else", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: fc.constantFrom(..."{}[]\"\\`,:0 \nj"), maxLength: 400 })), (text) => {
        try {
          extractJson(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ResponseValidationError);
          expect((error as ResponseValidationError).text).toBe(text);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("extractJson with fences inside JSON strings", () => {
  // A fence opens only at the start of a line, so "```" inside a JSON string is not one (it used to make
  // extractJson('{"a":"```"}\n42') return 42).
  it("still returns the object when a string in it holds a fence and JSON-like prose follows", () => {
    expect(extractJson('{"a":"```"}\n42')).toEqual({ a: "```" });
  });
});
