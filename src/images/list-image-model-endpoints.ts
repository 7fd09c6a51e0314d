import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { breaks } from "../models/check-model.js";
import { modelPath } from "../models/model-query.js";
import { isRecord } from "../util/checks.js";
import { checkCapabilities, checkImagePricing, requireString } from "./check-image-model.js";
import type { ImageModelEndpoint } from "./native-types.js";

/**
 * Lists the provider endpoints of a native image model (`GET /images/models/{author}/{slug}/endpoints`): each
 * endpoint's definitive `supported_parameters`, its `pricing` lines (per image, megapixel or token), whether it
 * streams, and the provider options it accepts (`allowed_passthrough_parameters`, sent under
 * `provider.options[provider_slug]`). Needs no API key.
 *
 * @throws {@link ValidationError} before sending, when the id is not `author/slug`.
 * @throws {@link NotFoundError} when OpenRouter knows no such image model.
 * @throws {@link ResponseValidationError} when the response breaks a field the SDK relies on (named in the message).
 * @throws {@link APIError} for other error answers; {ConnectionError} / {TimeoutError} / {AbortError} when the request
 * could not complete.
 * @example
 * ```ts
 * import { createClient, listImageModelEndpoints } from "openrouter-fetch";
 * const endpoints = await listImageModelEndpoints(createClient(), "bytedance-seed/seedream-4.5");
 * for (const e of endpoints) console.log(e.provider_tag, e.pricing.map((p) => `${p.cost_usd}/${p.unit}`));
 * ```
 */
export async function listImageModelEndpoints(client: Client, id: string, options?: RequestOptions): Promise<ImageModelEndpoint[]> {
  const resolved = callOptions(client, options);
  const path = `images/models/${modelPath(id, "listImageModelEndpoints")}/endpoints`;
  const what = `GET /${path}`;
  const { data: body } = await requestJSON<unknown>(resolved, { method: "GET", path, auth: "optional" });
  // The document answers `{ id, endpoints }`; the text catalog wraps the same in `data`: both are read.
  const record = isRecord(body) && isRecord(body["data"]) ? body["data"] : body;
  const endpoints = isRecord(record) ? record["endpoints"] : undefined;
  if (!Array.isArray(endpoints)) return breaks(what, ["endpoints"], "is not an array", body);
  endpoints.forEach((endpoint: unknown, i) => {
    const at = ["endpoints", i];
    if (!isRecord(endpoint)) return breaks(what, at, "is not an endpoint object", endpoint);
    requireString(endpoint["provider_name"], what, [...at, "provider_name"], endpoint);
    checkCapabilities(endpoint["supported_parameters"], what, [...at, "supported_parameters"], endpoint, true);
    checkImagePricing(endpoint["pricing"], what, [...at, "pricing"], endpoint);
  });
  return endpoints as ImageModelEndpoint[];
}
