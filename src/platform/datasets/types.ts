import type { ListQuery } from "../platform-call.js";

/** When a dataset was computed, and its window. */
export interface DatasetMeta {
  as_of: string;
  version: string;
  [key: string]: unknown;
}

/** A dataset answer: its rows in `data`, and `meta`. */
export interface Dataset<T, M = DatasetMeta> {
  data: T[];
  meta: M;
  [key: string]: unknown;
}

/** Query of `GET /benchmarks`. */
export interface GetBenchmarksQuery {
  source?: "artificial-analysis" | "design-arena" | "openrouter" | (string & {}) | undefined;
  task_type?: "coding" | "intelligence" | "agentic" | "search" | (string & {}) | undefined;
  benchmark_type?: string | undefined;
  include_run_config?: boolean | undefined;
  search_engine?: string | undefined;
  search_surface?: "server-tool" | "plugin" | (string & {}) | undefined;
  arena?: "models" | "builders" | "agents" | (string & {}) | undefined;
  category?: string | undefined;
  max_results?: number | undefined;
}

/** One model's scores from one benchmark source; the fields beyond these depend on `source`. */
export interface BenchmarkItem {
  source: "artificial-analysis" | "design-arena" | "openrouter" | (string & {});
  model_permaslug: string;
  display_name: string;
  [key: string]: unknown;
}

/** `meta` of `GET /benchmarks`. */
export interface BenchmarksMeta extends DatasetMeta {
  model_count: number;
  source: string | null;
  source_url: string | null;
  citation: string | null;
  task_type: string | null;
}

/** Market share of one task classification (code generation, web search, …). */
export interface TaskClassification {
  tag: string;
  display_name: string;
  macro_category: string;
  usage_share: number;
  token_share: number;
  category_usage_share: number;
  category_token_share: number;
  models: Array<{ id: string; tag_usage_share: number; tag_token_share: number; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** The answer of `GET /classifications/task` (its `data`). */
export interface TaskClassifications {
  as_of: string;
  window_days: number;
  classifications: TaskClassification[];
  macro_categories: Array<{ key: string; label: string; usage_share: number; token_share: number; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** Query of `GET /datasets/app-rankings` (`offset` at most 100). */
export interface GetAppRankingsQuery extends ListQuery {
  category?: string | undefined;
  subcategory?: string | undefined;
  sort?: "popular" | "trending" | undefined;
  start_date?: string | undefined;
  end_date?: string | undefined;
}

/** One app's rank; `rank` stays absolute across pages. Token totals are strings (they outgrow JS numbers). */
export interface AppRanking {
  app_id: number;
  app_name: string;
  rank: number;
  total_requests: number;
  total_tokens: string;
  [key: string]: unknown;
}

/** `meta` of the rankings datasets. */
export interface RankingsMeta extends DatasetMeta {
  start_date: string;
  end_date: string;
}

/** Query of `GET /datasets/rankings-daily`. */
export interface GetRankingsDailyQuery {
  start_date?: string | undefined;
  end_date?: string | undefined;
  period?: "day" | "week" | "month" | undefined;
  modality?: string | undefined;
  context_bucket?: string | undefined;
  category?: string | undefined;
  language_type?: "natural" | "programming" | undefined;
}

/** One model's tokens on one day; the `other` row sums every model outside the top 50. */
export interface RankingsDailyItem {
  date: string;
  model_permaslug: string;
  total_tokens: string;
  [key: string]: unknown;
}

/** Query of `GET /datasets/session-cost`. */
export interface GetSessionCostQuery extends ListQuery {
  app_slug?: string | undefined;
  model?: string | undefined;
  turn_range?: "1-turn" | "2-9-turns" | "10-49-turns" | "50-plus-turns" | undefined;
}

/** The median cost of a session of one app with one model, by session length. */
export interface SessionCostItem {
  app_name: string;
  app_slug: string;
  model_permaslug: string;
  turn_range: string;
  median_session_cost_usd: number;
  [key: string]: unknown;
}

/** `meta` of `GET /datasets/session-cost`. */
export interface SessionCostMeta extends DatasetMeta {
  window_days: number | null;
  window_end_date: string | null;
}
