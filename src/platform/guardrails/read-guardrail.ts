import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import type { PlatformSpec } from "../management-request.js";
import { platformRequest } from "../platform-request.js";
import { readField, readItem } from "../read-body.js";
import type { Guardrail } from "./types.js";

/** Sends a management request whose answer is `{ data: Guardrail }`, checking `data.id` and `data.name`. @internal */
export async function fetchGuardrail(client: Client, what: string, spec: PlatformSpec, options: RequestOptions | undefined): Promise<Guardrail> {
  return readItem<Guardrail>(await platformRequest<unknown>(client, "management", spec, options), what, ["id", "name"]);
}

/** Sends a bulk (un)assignment and returns its answer, whose `field` (`assigned_count`, …) must be a number. @internal */
export async function fetchCount<T>(client: Client, what: string, field: string, spec: PlatformSpec, options: RequestOptions | undefined): Promise<T> {
  return readField<T>(await platformRequest<unknown>(client, "management", spec, options), what, field, "number");
}
