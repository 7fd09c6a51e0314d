/** Query of `GET /activity` (the last 30 completed UTC days). */
export interface GetActivityQuery {
  /** One day, `YYYY-MM-DD`. */
  date?: string | undefined;
  api_key_hash?: string | undefined;
  user_id?: string | undefined;
  workspace_id?: string | undefined;
  /** `workspace` splits each row per workspace and adds `workspace_id`. */
  group_by?: "workspace" | undefined;
}

/** One day's usage of one endpoint. */
export interface ActivityItem {
  date: string;
  model: string;
  model_permaslug: string;
  endpoint_id: string;
  provider_name: string;
  usage: number;
  byok_usage_inference: number;
  requests: number;
  prompt_tokens: number;
  completion_tokens: number;
  reasoning_tokens: number;
  workspace_id?: string;
  [key: string]: unknown;
}

/** The answer of `GET /activity`. */
export interface Activity {
  data: ActivityItem[];
  [key: string]: unknown;
}

/** What `POST /analytics/query` can ask for: metrics, dimensions, filter operators and granularities. */
export interface AnalyticsMeta {
  metrics: Array<{ name: string; display_label: string; display_format: string; is_rate: boolean; [key: string]: unknown }>;
  dimensions: Array<{ name: string; display_label: string; [key: string]: unknown }>;
  granularities: Array<{ name: "minute" | "hour" | "day" | "week" | "month" | (string & {}); display_label: string; [key: string]: unknown }>;
  operators: Array<{ name: string; value_type: "scalar" | "array" | (string & {}); [key: string]: unknown }>;
  [key: string]: unknown;
}

/** A filter of an analytics query. */
export interface AnalyticsFilter {
  field: string;
  operator: "eq" | "neq" | "in" | "not_in" | "gt" | "gte" | "lt" | "lte" | (string & {});
  value: string | number | Array<string | number>;
  include_unset?: boolean | undefined;
}

/** Body of `POST /analytics/query` (names from {@link getAnalyticsMeta}). */
export interface AnalyticsQueryParams {
  metrics: string[];
  dimensions?: string[] | undefined;
  filters?: AnalyticsFilter[] | undefined;
  granularity?: string | undefined;
  time_range?: { start: string; end: string } | undefined;
  order_by?: { field: string; direction: "asc" | "desc" } | undefined;
  limit?: number | undefined;
  group_limit?: number | undefined;
  classifier_dimensions?: { classifier_id: string; dimension_names?: string[]; include_nulls?: boolean } | undefined;
  classifier_filters?: { classifier_id: string; filters: Array<Omit<AnalyticsFilter, "include_unset">> } | undefined;
}

/** The rows of an analytics query (keyed by metric and `dimension__granularity` names) and how it ran. */
export interface AnalyticsResult {
  data: Array<Record<string, unknown>>;
  metadata: { query_time_ms: number; row_count: number; truncated: boolean; [key: string]: unknown };
  warnings?: string[];
  cachedAt?: number;
  [key: string]: unknown;
}
