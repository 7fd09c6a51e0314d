import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { safeCause } from "../../src/errors/safe-cause.js";
import { TEST_KEY } from "../helpers/nock.js";

describe("safeCause", () => {
  it("keeps an error with nothing to hide as it is, class and all", () => {
    const cause = new RangeError("socket hang up");
    expect(safeCause(cause, TEST_KEY)).toBe(cause);
  });

  it("passes values that are not errors through, and redacts the key in a string", () => {
    const value = { code: "ECONNRESET" };
    expect(safeCause(value, TEST_KEY)).toBe(value);
    expect(safeCause(undefined, TEST_KEY)).toBeUndefined();
    expect(safeCause(`bad key ${TEST_KEY}`, TEST_KEY)).toBe("bad key [redacted]");
  });

  it("replaces an error whose message quotes the key with a copy that keeps name, message, code and stack", () => {
    const cause = Object.assign(new TypeError(`Authorization: Bearer ${TEST_KEY}`), { code: "E_AUTH" });
    const safe = safeCause(cause, TEST_KEY) as Error & { code?: unknown };
    expect(safe).not.toBe(cause);
    expect(safe.name).toBe("TypeError");
    expect(safe.message).toBe("Authorization: Bearer [redacted]");
    expect(safe.code).toBe("E_AUTH");
    expect(safe.stack).toContain("[redacted]");
    expect(inspect(safe, { depth: Infinity })).not.toContain(TEST_KEY);
  });

  it("replaces an error that holds a Request, Headers or request options under any field name", () => {
    const request = new Request("https://openrouter.test/api/v1/chat/completions", { headers: { authorization: `Bearer ${TEST_KEY}` } });
    for (const holder of [{ request }, { sent: new Headers({ authorization: `Bearer ${TEST_KEY}` }) }, { options: { headers: { authorization: TEST_KEY } } }]) {
      const cause = Object.assign(new Error("HTTP 500"), holder);
      const safe = safeCause(cause, TEST_KEY) as Error;
      expect(safe).not.toBe(cause);
      expect(safe.message).toBe("HTTP 500");
      expect(inspect(safe, { depth: Infinity })).not.toContain(TEST_KEY);
    }
  });

  it("cleans a chain of causes at any depth", () => {
    const root = new Error(`key ${TEST_KEY}`);
    const middle = new Error("fetch failed", { cause: root });
    const top = new Error("request failed", { cause: middle });
    const safe = safeCause(top, TEST_KEY) as Error;
    expect(safe).not.toBe(top);
    expect(((safe.cause as Error).cause as Error).message).toBe("key [redacted]");
    expect(inspect(safe, { depth: Infinity })).not.toContain(TEST_KEY);
  });

  it("keeps a numeric code and leaves out a code that is neither a string nor a number", () => {
    const safe = safeCause(Object.assign(new Error(TEST_KEY), { code: 7 }), TEST_KEY) as Error & { code?: unknown };
    expect(safe.code).toBe(7);
    const other = safeCause(Object.assign(new Error(TEST_KEY), { code: { x: 1 } }), TEST_KEY) as Error & { code?: unknown };
    expect(other.code).toBeUndefined();
  });

  it("stops following a cycle of causes instead of looping for ever", () => {
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    Object.assign(a, { cause: b });
    expect(() => safeCause(a, TEST_KEY)).not.toThrow();
  });

  it("redacts nothing when there is no key to hide", () => {
    const cause = new Error("plain");
    expect(safeCause(cause, undefined)).toBe(cause);
  });
});
