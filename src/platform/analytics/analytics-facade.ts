import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import { getActivity } from "./get-activity.js";
import { getAnalyticsMeta } from "./get-analytics-meta.js";
import { queryAnalytics } from "./query-analytics.js";
import type { Activity, AnalyticsMeta, AnalyticsQueryParams, AnalyticsResult, GetActivityQuery } from "./types.js";

/** `platform.analytics` of the facade: activity and analytics queries. */
export interface AnalyticsFacade {
  /** {@link getActivity} with this client. */
  activity(query?: GetActivityQuery, options?: RequestOptions): Promise<Activity>;
  /** {@link getAnalyticsMeta} with this client. */
  meta(options?: RequestOptions): Promise<AnalyticsMeta>;
  /** {@link queryAnalytics} with this client. */
  query(params: AnalyticsQueryParams, options?: RequestOptions): Promise<AnalyticsResult>;
}

/**
 * The activity and analytics queries functions bound to `client`.
 * @internal
 */
export function createAnalyticsFacade(client: Client): AnalyticsFacade {
  return {
    activity: (query, options) => getActivity(client, query, options),
    meta: (options) => getAnalyticsMeta(client, options),
    query: (params, options) => queryAnalytics(client, params, options),
  };
}
