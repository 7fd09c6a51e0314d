import { describe, expect, it } from "vitest";
import { ResponseValidationError } from "../../src/errors/index.js";
import { extractJson } from "../../src/postprocess/index.js";

describe("extractJson", () => {
  const cases: [string, string, unknown][] = [
    ["plain JSON", '{"a":1}', { a: 1 }],
    ["JSON with whitespace around it", '\n  [1, 2]\n', [1, 2]],
    ["a ```json fence", 'Here:\n```json\n{"a": [1, {"b": "}"}]}\n```\nDone', { a: [1, { b: "}" }] }],
    ["an untagged fence", "```\n[true]\n```", [true]],
    ["a fence the model never closed", '```json\n{"cut": "short"}\n', { cut: "short" }],
    ["prose around an object", 'The answer is {"x": "a \\"quoted\\" {brace}"} as requested.', { x: 'a "quoted" {brace}' }],
    ["a bracket in prose before the JSON", 'Note [1]: see {"ok": true}', { ok: true }],
    ["a json fence preferred over an earlier other fence", '```python\nprint(1)\n```\n```json\n{"k": 2}\n```', { k: 2 }],
  ];
  for (const [what, text, expected] of cases) {
    it(`reads ${what}`, () => expect(extractJson(text)).toEqual(expected));
  }

  it("throws ResponseValidationError carrying the text when there is no JSON", () => {
    const text = "No JSON here {not: json}";
    const error = (() => {
      try {
        extractJson(text);
      } catch (e) {
        return e;
      }
    })() as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.text).toBe(text);
  });
});
