import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import type { IterateOptions } from "../platform-call.js";
import { getBenchmarks } from "./get-benchmarks.js";
import { getTaskClassifications } from "./get-task-classifications.js";
import { getAppRankings } from "./get-app-rankings.js";
import { iterateAppRankings } from "./iterate-app-rankings.js";
import { getRankingsDaily } from "./get-rankings-daily.js";
import { getSessionCost } from "./get-session-cost.js";
import { iterateSessionCost } from "./iterate-session-cost.js";
import type { AppRanking, BenchmarkItem, BenchmarksMeta, Dataset, GetAppRankingsQuery, GetBenchmarksQuery, GetRankingsDailyQuery, GetSessionCostQuery, RankingsDailyItem, RankingsMeta, SessionCostItem, SessionCostMeta, TaskClassifications } from "./types.js";

/** `platform.datasets` of the facade: public datasets (benchmarks, rankings, session cost; inference key). */
export interface DatasetsFacade {
  /** {@link getBenchmarks} with this client. */
  benchmarks(query?: GetBenchmarksQuery, options?: RequestOptions): Promise<Dataset<BenchmarkItem, BenchmarksMeta>>;
  /** {@link getTaskClassifications} with this client. */
  taskClassifications(query?: { window?: "7d" | (string & {}) | undefined }, options?: RequestOptions): Promise<TaskClassifications>;
  /** {@link getAppRankings} with this client. */
  appRankings(query?: GetAppRankingsQuery, options?: RequestOptions): Promise<Dataset<AppRanking, RankingsMeta>>;
  /** {@link iterateAppRankings} with this client. */
  iterateAppRankings(query?: Omit<GetAppRankingsQuery, "offset" | "limit">, options?: IterateOptions): AsyncGenerator<AppRanking, void, undefined>;
  /** {@link getRankingsDaily} with this client. */
  rankingsDaily(query?: GetRankingsDailyQuery, options?: RequestOptions): Promise<Dataset<RankingsDailyItem, RankingsMeta>>;
  /** {@link getSessionCost} with this client. */
  sessionCost(query?: GetSessionCostQuery, options?: RequestOptions): Promise<Dataset<SessionCostItem, SessionCostMeta>>;
  /** {@link iterateSessionCost} with this client. */
  iterateSessionCost(query?: Omit<GetSessionCostQuery, "offset" | "limit">, options?: IterateOptions): AsyncGenerator<SessionCostItem, void, undefined>;
}

/**
 * The public datasets (benchmarks, rankings, session cost; inference key) functions bound to `client`.
 * @internal
 */
export function createDatasetsFacade(client: Client): DatasetsFacade {
  return {
    benchmarks: (query, options) => getBenchmarks(client, query, options),
    taskClassifications: (query, options) => getTaskClassifications(client, query, options),
    appRankings: (query, options) => getAppRankings(client, query, options),
    iterateAppRankings: (query, options) => iterateAppRankings(client, query, options),
    rankingsDaily: (query, options) => getRankingsDaily(client, query, options),
    sessionCost: (query, options) => getSessionCost(client, query, options),
    iterateSessionCost: (query, options) => iterateSessionCost(client, query, options),
  };
}
