import type { ListQuery } from "../platform-call.js";

/** A workspace: its defaults for models and routing, and its logging settings. */
export interface Workspace {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  default_text_model: string | null;
  default_image_model: string | null;
  default_provider_sort: string | null;
  default_guardrail_id: string;
  include_byok_in_budgets?: boolean;
  io_logging_api_key_ids: string[] | null;
  io_logging_sampling_rate: number;
  is_data_discount_logging_enabled: boolean;
  is_observability_broadcast_enabled: boolean;
  is_observability_io_logging_enabled: boolean;
  created_by: string | null;
  created_at: string;
  updated_at: string | null;
  [key: string]: unknown;
}

/** Body of `POST /workspaces`. */
export interface CreateWorkspaceParams {
  name: string;
  slug: string;
  description?: string | null | undefined;
  default_text_model?: string | null | undefined;
  default_image_model?: string | null | undefined;
  default_provider_sort?: string | null | undefined;
  io_logging_api_key_ids?: string[] | null | undefined;
  /** From 0 to 1. */
  io_logging_sampling_rate?: number | undefined;
  is_data_discount_logging_enabled?: boolean | undefined;
  is_observability_broadcast_enabled?: boolean | undefined;
  is_observability_io_logging_enabled?: boolean | undefined;
}

/** Body of `PATCH /workspaces/{id}`: only the fields given change. */
export type UpdateWorkspaceParams = Partial<CreateWorkspaceParams>;

/** A budget's reset interval; `lifetime` never resets. */
export type WorkspaceBudgetInterval = "daily" | "weekly" | "monthly" | "lifetime";

/** A workspace budget for one interval. */
export interface WorkspaceBudget {
  id: string;
  workspace_id: string;
  limit_usd: number;
  /** `null` for the lifetime budget. */
  reset_interval: "daily" | "weekly" | "monthly" | null | (string & {});
  created_at: string;
  updated_at: string;
  [key: string]: unknown;
}

/** The answer of `GET /workspaces/{id}/budgets`: every budget, and the workspace-wide BYOK setting. */
export interface WorkspaceBudgets {
  data: WorkspaceBudget[];
  include_byok_in_budgets?: boolean;
  [key: string]: unknown;
}

/** The answer of a budget get or set: the budget, and the workspace-wide BYOK setting beside it. */
export interface WorkspaceBudgetAnswer {
  data: WorkspaceBudget;
  include_byok_in_budgets?: boolean;
  [key: string]: unknown;
}

/** Body of `PUT /workspaces/{id}/budgets/{interval}`. Limits must shrink as the interval narrows. */
export interface SetWorkspaceBudgetParams {
  limit_usd: number;
  /** Workspace-wide: applies to every interval's budget, not only this one. */
  include_byok_in_budgets?: boolean | undefined;
}

/** A member of a workspace. */
export interface WorkspaceMember {
  id: string;
  user_id: string;
  workspace_id: string;
  role: "admin" | "member" | (string & {});
  created_at: string;
  [key: string]: unknown;
}

/** Query of `GET /workspaces/{id}/members`. */
export type ListWorkspaceMembersQuery = ListQuery;

/** Body of `POST /workspaces/{id}/members/add` and `…/remove`. */
export interface WorkspaceMembersParams {
  user_ids: string[];
}

/** The answer of `POST /workspaces/{id}/members/add`. */
export interface AddedWorkspaceMembers {
  added_count: number;
  data: WorkspaceMember[];
  [key: string]: unknown;
}

/** The answer of `POST /workspaces/{id}/members/remove`. */
export interface RemovedWorkspaceMembers {
  removed_count: number;
  [key: string]: unknown;
}
