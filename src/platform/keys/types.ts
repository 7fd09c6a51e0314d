import type { ListQuery } from "../list-pages.js";

/** When a key's credit limit starts over (`null`: never). */
export type LimitReset = "daily" | "weekly" | "monthly";

/** The reset intervals the wire accepts, checked before sending. @internal */
export const LIMIT_RESETS: readonly LimitReset[] = ["daily", "weekly", "monthly"];

/** An API key as the management endpoints describe it (never its secret, which only creation returns). */
export interface ApiKey {
  /** The key's id in every other call (`getApiKey`, `updateApiKey`, guardrail assignments). */
  hash: string;
  name: string;
  /** A masked form of the secret, such as `sk-or-v1-0e6...1c96`. */
  label: string;
  disabled: boolean;
  /** Credit limit in USD; `null`: none. */
  limit: number | null;
  limit_remaining: number | null;
  limit_reset: LimitReset | (string & {}) | null;
  include_byok_in_limit: boolean;
  /** OpenRouter credit usage in USD, in all and for the current UTC day, week and month. */
  usage: number;
  usage_daily: number;
  usage_weekly: number;
  usage_monthly: number;
  /** Usage of your own provider keys (BYOK) in USD. */
  byok_usage: number;
  byok_usage_daily: number;
  byok_usage_weekly: number;
  byok_usage_monthly: number;
  created_at: string;
  updated_at: string | null;
  expires_at?: string | null;
  creator_user_id: string | null;
  workspace_id: string;
  [key: string]: unknown;
}

/** The query of `GET /keys`. The endpoint pages by `offset` alone (it takes no `limit`). */
export interface ListApiKeysQuery extends Pick<ListQuery, "offset"> {
  /** Include disabled keys. @default false */
  include_disabled?: boolean | undefined;
  /** Keys of this workspace; by default those of the default workspace. */
  workspace_id?: string | undefined;
}

/** The body of `POST /keys`. */
export interface CreateApiKeyParams {
  name: string;
  /** Credit limit in USD (>= 0); `null` or absent: none. */
  limit?: number | null | undefined;
  limit_reset?: LimitReset | null | undefined;
  /** Count usage of your own provider keys (BYOK) against `limit`. */
  include_byok_in_limit?: boolean | undefined;
  /** ISO 8601 UTC timestamp (`2027-12-31T23:59:59Z`) after which the key stops working. */
  expires_at?: string | null | undefined;
  /** The organization member the key is created for. */
  creator_user_id?: string | null | undefined;
  workspace_id?: string | undefined;
}

/** The body of `PATCH /keys/{hash}`: only the fields sent change. */
export interface UpdateApiKeyParams {
  name?: string | undefined;
  disabled?: boolean | undefined;
  limit?: number | null | undefined;
  limit_reset?: LimitReset | null | undefined;
  include_byok_in_limit?: boolean | undefined;
}

/** The answer of `POST /keys`: the key's record, and its secret, shown this once. */
export interface CreatedApiKey {
  data: ApiKey;
  /** The new key's secret (`sk-or-v1-…`). It is returned only here and cannot be read again: store it now. */
  key: string;
  [key: string]: unknown;
}

/** The answer of a delete. */
export interface Deleted {
  deleted: boolean;
  [key: string]: unknown;
}
