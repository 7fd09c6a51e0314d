import { brokenField } from "../errors/response-validation-error.js";
import { isRecord } from "../util/checks.js";

// Platform answers are read leniently: only what the SDK returns or relies on is checked (`data` being an object
// or an array of objects, an id, a count), unknown fields pass through and unexpected nulls elsewhere are kept.

/** `{ data: {…} }` with `data[field]` a string for each listed field. @internal */
export function readItem<T>(body: unknown, what: string, fields: readonly string[] = []): T {
  const data = isRecord(body) ? body["data"] : undefined;
  if (!isRecord(data)) throw brokenField(what, ["data"], data === undefined ? "is missing" : "is not an object", body);
  for (const field of fields) {
    if (typeof data[field] !== "string") throw brokenField(what, ["data", field], data[field] === undefined ? "is missing" : "is not a string", body);
  }
  return data as T;
}

/** `{ data: [{…}, …], … }`: the whole body (with `total_count` and any other field), `data` an array of objects. @internal */
export function readList<B extends { data: readonly unknown[] }>(body: unknown, what: string): B {
  const data = isRecord(body) ? body["data"] : undefined;
  if (!Array.isArray(data)) throw brokenField(what, ["data"], data === undefined ? "is missing" : "is not an array", body);
  const bad = data.findIndex((item) => !isRecord(item));
  if (bad >= 0) throw brokenField(what, ["data", bad], "is not an object", body);
  const total = (body as Record<string, unknown>)["total_count"];
  if (total !== undefined && total !== null && typeof total !== "number") throw brokenField(what, ["total_count"], "is not a number", body);
  return body as B;
}

/** A top-level field of a given kind (`deleted: true`, `assigned_count: 3`): the whole body. @internal */
export function readField<B>(body: unknown, what: string, field: string, kind: "boolean" | "number"): B {
  const value = isRecord(body) ? body[field] : undefined;
  if (typeof value !== kind) throw brokenField(what, [field], value === undefined ? "is missing" : `is not a ${kind}`, body);
  return body as B;
}
