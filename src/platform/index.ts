/**
 * The management side of OpenRouter: API keys, guardrails, presets, the user's models and providers, generation
 * content and feedback. Most calls take a management key (`managementKey` / `OPENROUTER_MANAGEMENT_KEY`), never
 * the inference key; each function's TSDoc says which key it sends.
 *
 * @module platform
 */
// Keys
export { listApiKeys } from "./keys/list-api-keys.js";
export { iterateApiKeys, API_KEYS_PAGE_SIZE } from "./keys/iterate-api-keys.js";
export { getApiKey } from "./keys/get-api-key.js";
export { createApiKey } from "./keys/create-api-key.js";
export { updateApiKey } from "./keys/update-api-key.js";
export { deleteApiKey } from "./keys/delete-api-key.js";
export type { ApiKey, LimitReset, ListApiKeysQuery, CreateApiKeyParams, UpdateApiKeyParams, CreatedApiKey, Deleted } from "./keys/types.js";
export type { KeysFacade } from "./keys/keys-facade.js";
// Models and providers
export { listUserModels } from "./models/list-user-models.js";
export { iterateUserModels } from "./models/iterate-user-models.js";
export { listProviders } from "./models/list-providers.js";
export { listZdrEndpoints } from "./models/list-zdr-endpoints.js";
export type { Provider, ZdrEndpoint, UserModel, UserModelsPage } from "./models/types.js";
export type { PlatformModelsFacade } from "./models/models-facade.js";
// Shared
export type { ListQuery, ListPage } from "./list-pages.js";
export type { PaginateOptions } from "./paginate.js";
export type { PlatformFacade } from "./platform-facade.js";
export { createClient, type Client } from "../core/client.js";
export type { ClientOptions, RequestOptions } from "../core/options.js";
