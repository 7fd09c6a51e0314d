import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { type FieldSet, requestBody } from "../../core/request-body.js";
import { pathSegment } from "../check-fields.js";
import { checkParams } from "../check-values.js";
import { fetchResource } from "../platform-call.js";
import type { PresetWithVersion } from "./types.js";

/**
 * The three create-from calls differ only in the inference path their body belongs to: the body is sent as the
 * user wrote it (`extra` merged in, camelCase spellings of wire fields refused like the inference call refuses
 * them), since the server keeps the fields a preset can hold and ignores the rest (`messages`, `stream`).
 * @internal
 */
export async function savePreset(
  client: Client,
  route: "chat/completions" | "responses" | "messages",
  slug: string,
  params: object,
  options: RequestOptions | undefined,
  type: string,
  fields: FieldSet,
): Promise<PresetWithVersion> {
  const path = `presets/${pathSegment("slug", slug)}/${route}`;
  checkParams(params);
  const body = requestBody(params, type, fields);
  return fetchResource<PresetWithVersion>(client, `POST /presets/{slug}/${route}`, { method: "POST", path, body, auth: "required" }, options);
}
