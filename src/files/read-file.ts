import { brokenField } from "../errors/response-validation-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { isNonEmptyString, isRecord } from "../util/checks.js";
import type { FileScope, StoredFile } from "./types.js";

/**
 * A `/files` answer holding a file (or its deletion), with its `id` checked; `at` is where the object is.
 * @internal
 */
export function readFile<T = StoredFile>(body: unknown, what: string, at: (string | number)[] = []): T {
  const value = at.reduce<unknown>((v, key) => (isRecord(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[key] : undefined), body);
  if (!isRecord(value) || typeof value["id"] !== "string") throw brokenField(what, [...at, "id"], "is missing", body);
  return value as T;
}

/**
 * The path of one file, checked.
 * @internal
 */
export function filePath(id: string, suffix = ""): string {
  if (!isNonEmptyString(id)) throw new ValidationError("Pass the file's id (the `id` uploadFile() returned).", { field: "fileId" });
  return `files/${encodeURIComponent(id)}${suffix}`;
}

/**
 * The query of a file scope.
 * @internal
 */
export function scopeQuery(scope: FileScope | undefined): Record<string, string | undefined> {
  return { workspace_id: scope?.workspace_id, provider: scope?.provider };
}
