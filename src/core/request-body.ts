import { ValidationError } from "../errors/validation-error.js";
import { providerFields } from "../types/chat-fields.js";

/**
 * The wire fields of a params type, as an object literal typed `Record<keyof Params, true>` beside the type, so
 * that the compiler fails when the type gains a field the set lacks (or the reverse). A literal, not a `Set`: no
 * work at import time, and a lookup is one `hasOwn`.
 * @internal
 */
export type FieldSet = Readonly<Record<string, true>>;

/** The wire fields of `P`, `extra` aside: what a {@link FieldSet} literal for `P` is typed as. @internal */
export type FieldsOf<P> = Readonly<Record<Exclude<keyof P, "extra">, true>>;

const upper = /[A-Z]/;

/**
 * Checks a request's params against its type's wire fields and returns the JSON body: `extra` merged in, never
 * sent as `"extra"`. Throws before anything is sent when a key is a camelCase spelling of a wire field
 * (`maxTokens` for `max_tokens`, which OpenRouter would silently ignore), or when `extra` repeats or misspells a
 * field the type has (a known field is set as itself, so there is one place it can come from).
 *
 * Unknown snake_case keys pass: JavaScript callers and fields newer than the SDK still reach the wire. Cheap on
 * the hot path: one regex test per key, and a copy only when `extra` is given.
 * @throws {@link ValidationError} naming the key (and its wire spelling).
 * @internal
 */
export function requestBody<P extends object>(params: P, type: string, fields: FieldSet): Omit<P, "extra"> {
  for (const key in params) {
    if (upper.test(key)) checkSpelling(key, key, type, fields);
  }
  const provider = (params as { provider?: unknown }).provider;
  if (typeof provider === "object" && provider !== null && Object.hasOwn(fields, "provider")) {
    for (const key in provider) if (upper.test(key)) checkSpelling(key, `provider.${key}`, "ProviderPreferences", providerFields);
  }
  if (!("extra" in params)) return params as Omit<P, "extra">;
  const { extra, ...rest } = params as P & { extra?: unknown };
  if (extra === undefined) return rest;
  if (typeof extra !== "object" || extra === null || Array.isArray(extra)) {
    throw new ValidationError(`extra must be an object of fields to add to the request body, got ${Array.isArray(extra) ? "an array" : JSON.stringify(extra)}.`, { field: "extra" });
  }
  for (const key in extra) {
    if (Object.hasOwn(fields, key) || key === "extra") {
      throw new ValidationError(`extra.${key} is a field of ${type}: set ${key} itself, not through extra (extra adds only fields the SDK does not know).`, {
        field: `extra.${key}`,
      });
    }
    if (upper.test(key)) checkSpelling(key, `extra.${key}`, type, fields);
  }
  return { ...rest, ...extra };
}

function checkSpelling(key: string, shown: string, type: string, fields: FieldSet): void {
  const wire = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  if (Object.hasOwn(fields, wire)) {
    throw new ValidationError(`${shown} is not a field of ${type}; the wire name is ${wire}.`, { field: shown });
  }
}
