import type { ListQuery } from "../platform-call.js";

/** Where generations are broadcast (`langfuse`, `datadog`, `webhook`, …); open to new destination types. */
export type ObservabilityDestinationType =
  | "arize" | "braintrust" | "clickhouse" | "datadog" | "grafana" | "langfuse" | "langsmith" | "newrelic" | "opik"
  | "otel-collector" | "posthog" | "ramp" | "s3" | "sentry" | "snowflake" | "weave" | "webhook" | (string & {});

/** Which generations a destination receives: groups of rules on model, provider, cost, tokens, … */
export interface ObservabilityFilterRules {
  enabled?: boolean;
  groups: Array<{ logic?: "and" | "or" | (string & {}); rules: Array<{ field: string; operator: string; value?: string | number }> }>;
}

/** An observability destination. `config` holds the type's own settings (keys, URLs), as the wire sends them. */
export interface ObservabilityDestination {
  id: string;
  type: ObservabilityDestinationType;
  name: string | null;
  enabled: boolean;
  config: Record<string, unknown>;
  sampling_rate: number;
  privacy_mode: boolean;
  filter_rules: ObservabilityFilterRules;
  api_key_hashes: string[] | null;
  broadcast_generation_cost: boolean;
  broadcast_generation_identity: boolean;
  broadcast_generation_request_context: boolean;
  workspace_id: string;
  created_at: string;
  updated_at: string;
  [key: string]: unknown;
}

/** Query of `GET /observability/destinations`. */
export interface ListObservabilityDestinationsQuery extends ListQuery {
  workspace_id?: string | undefined;
}

/** Body of `POST /observability/destinations` (at most 5 destinations per type). */
export interface CreateObservabilityDestinationParams {
  name: string;
  type: ObservabilityDestinationType;
  /** The type's settings, e.g. `{ publicKey, secretKey, baseUrl }` for Langfuse. */
  config: Record<string, unknown>;
  enabled?: boolean | undefined;
  /** From 0 to 1. */
  sampling_rate?: number | undefined;
  privacy_mode?: boolean | undefined;
  filter_rules?: ObservabilityFilterRules | null | undefined;
  api_key_hashes?: string[] | null | undefined;
  broadcast_generation_cost?: boolean | undefined;
  broadcast_generation_identity?: boolean | undefined;
  broadcast_generation_request_context?: boolean | undefined;
  workspace_id?: string | undefined;
}

/** Body of `PATCH /observability/destinations/{id}`: only the fields given change. */
export type UpdateObservabilityDestinationParams = Partial<Omit<CreateObservabilityDestinationParams, "type" | "workspace_id">>;
