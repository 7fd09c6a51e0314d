import { brokenField } from "../errors/response-validation-error.js";
import { isRecord } from "../util/checks.js";

/**
 * The object inside a `{ data }` body, with the listed fields checked to be of the given kind.
 * @internal
 */
export function readData<T>(body: unknown, what: string, fields: Record<string, "string" | "number" | "number|null" | "boolean">): T {
  const data = isRecord(body) ? body["data"] : undefined;
  if (!isRecord(data)) invalid(what, "data", "is not an object", body);
  for (const [field, kind] of Object.entries(fields)) {
    const value = data[field];
    const ok = kind === "number|null" ? value === null || typeof value === "number" : typeof value === kind;
    if (!ok) invalid(what, `data.${field}`, value === undefined ? "is missing" : `is ${JSON.stringify(value)} (expected ${kind})`, body);
  }
  return data as T;
}

/** @internal */
export function invalid(what: string, field: string, problem: string, body: unknown): never {
  throw brokenField(what, field.split("."), problem, body);
}
