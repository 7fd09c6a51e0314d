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
 * The activity and analytics queries methods of `createOpenRouter().platform.analytics`: each delegates to the standalone function.
 *
 * @throws {ValidationError} when the client is not one made by `createClient()`.
 * @example
 * ```ts
 * import { createClient, createAnalyticsFacade } from "openrouter-fetch/platform";
 * const analytics = createAnalyticsFacade(createClient());
 * console.log(typeof analytics.activity);
 * ```
 */
export function createAnalyticsFacade(client: Client): AnalyticsFacade {
  return {
    activity: (query, options) => getActivity(client, query, options),
    meta: (options) => getAnalyticsMeta(client, options),
    query: (params, options) => queryAnalytics(client, params, options),
  };
}
