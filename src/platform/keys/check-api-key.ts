import { ValidationError } from "../../errors/validation-error.js";
import { checkAmount, checkName, checkOneOf } from "../check-fields.js";
import { LIMIT_RESETS } from "./types.js";

/** The checks shared by key creation and update; `creating` makes `name` required. @internal */
export function checkApiKeyBody(params: unknown, creating: boolean): Record<string, unknown> {
  if (typeof params !== "object" || params === null) throw new ValidationError("Expected the key's fields as an object.", { field: "params" });
  const body = params as Record<string, unknown>;
  if (creating || body["name"] !== undefined) checkName("name", body["name"]);
  checkAmount("limit", body["limit"]);
  checkOneOf("limit_reset", body["limit_reset"], LIMIT_RESETS);
  const expires = body["expires_at"];
  // The wire rejects other time zones: say so before sending rather than after.
  if (expires !== undefined && expires !== null && (typeof expires !== "string" || !/(Z|[+-]00:?00)$/.test(expires) || Number.isNaN(Date.parse(expires)))) {
    throw new ValidationError(`expires_at must be an ISO 8601 UTC timestamp such as "2027-12-31T23:59:59Z", got ${JSON.stringify(expires) ?? String(expires)}.`, { field: "expires_at" });
  }
  return body;
}
