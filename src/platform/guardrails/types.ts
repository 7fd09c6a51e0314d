import type { ListQuery } from "../platform-call.js";

/** When a guardrail's `limit_usd` starts over; `null`: never. */
export type GuardrailInterval = "daily" | "weekly" | "monthly";

/** What a content filter does when it matches: `flag` only records the match. */
export type ContentFilterAction = "redact" | "block" | "flag" | (string & {});

/** A builtin content filter: a PII detector, or the regex prompt-injection detector. */
export type ContentFilterBuiltinSlug = "email" | "phone" | "ssn" | "credit-card" | "ip-address" | "person-name" | "address" | "regex-prompt-injection" | (string & {});

/** Which message roles the prompt-injection detector scans (only for `regex-prompt-injection`). @default "all_messages" */
export type PromptInjectionScanScope = "user_only" | "all_messages" | (string & {});

/** A builtin content filter as a guardrail reports it; `label` is the redaction placeholder the system assigns. */
export interface ContentFilterBuiltinEntry {
  slug: ContentFilterBuiltinSlug;
  action: ContentFilterAction;
  /** Read-only, such as `[EMAIL]`. */
  label?: string;
  scan_scope?: PromptInjectionScanScope;
  [key: string]: unknown;
}

/** A builtin content filter in a create or update body (its label is assigned by the system, not sent). */
export interface ContentFilterBuiltinEntryInput {
  slug: ContentFilterBuiltinSlug;
  action: ContentFilterAction;
  scan_scope?: PromptInjectionScanScope | undefined;
}

/** A custom regex filter over request messages. */
export interface ContentFilterEntry {
  /** A regular expression matched against request content. */
  pattern: string;
  action: ContentFilterAction;
  /** Used in redaction placeholders and error messages. */
  label?: string | null | undefined;
}

/**
 * A guardrail: a spending limit, the models and providers allowed or ignored, data policies and content filters.
 * It applies to the API keys and organization members it is assigned to, not to its workspace's traffic.
 */
export interface Guardrail {
  id: string;
  name: string;
  description?: string | null;
  /** Spending limit in USD; `null`: none. */
  limit_usd?: number | null;
  reset_interval?: GuardrailInterval | (string & {}) | null;
  /** Whether BYOK spend counts toward `limit_usd`. */
  include_byok_in_budgets: boolean;
  /** Canonical model slugs (`openai/gpt-5.2-20251211`); `null`: any. */
  allowed_models?: string[] | null;
  allowed_providers?: string[] | null;
  ignored_models?: string[] | null;
  ignored_providers?: string[] | null;
  content_filter_builtins?: ContentFilterBuiltinEntry[] | null;
  content_filters?: ContentFilterEntry[] | null;
  enable_free_model_publication?: boolean | null;
  enable_free_model_training?: boolean | null;
  enable_paid_model_training?: boolean | null;
  /** Deprecated: the per-provider `enforce_zdr_…` fields replace it. */
  enforce_zdr?: boolean | null;
  enforce_zdr_anthropic?: boolean | null;
  enforce_zdr_google?: boolean | null;
  enforce_zdr_openai?: boolean | null;
  enforce_zdr_other?: boolean | null;
  enforce_zdr_xai?: boolean | null;
  /** `null` for a legacy guardrail that predates workspaces (not "the default workspace"). */
  workspace_id: string | null;
  created_at: string;
  updated_at?: string | null;
  [key: string]: unknown;
}

/** Query of `GET /guardrails`. */
export interface ListGuardrailsQuery extends ListQuery {
  /** Another workspace than the default one. */
  workspace_id?: string | undefined;
}

/** Body of `POST /guardrails` (the wire's `CreateGuardrailRequest`). */
export interface CreateGuardrailParams {
  /** 1–200 characters. */
  name: string;
  /** Up to 1000 characters. */
  description?: string | null | undefined;
  /** Spending limit in USD (>= 0); `null` or absent: none. */
  limit_usd?: number | null | undefined;
  reset_interval?: GuardrailInterval | null | undefined;
  /** Count BYOK spend toward `limit_usd`. @default false */
  include_byok_in_budgets?: boolean | undefined;
  /** Model slugs or canonical slugs; when given, at least one. */
  allowed_models?: string[] | null | undefined;
  allowed_providers?: string[] | null | undefined;
  ignored_models?: string[] | null | undefined;
  ignored_providers?: string[] | null | undefined;
  content_filter_builtins?: ContentFilterBuiltinEntryInput[] | null | undefined;
  content_filters?: ContentFilterEntry[] | null | undefined;
  enable_free_model_publication?: boolean | null | undefined;
  enable_free_model_training?: boolean | null | undefined;
  enable_paid_model_training?: boolean | null | undefined;
  /** @deprecated Copied into each per-provider `enforce_zdr_…` field not given; set those instead. */
  enforce_zdr?: boolean | null | undefined;
  enforce_zdr_anthropic?: boolean | null | undefined;
  enforce_zdr_google?: boolean | null | undefined;
  enforce_zdr_openai?: boolean | null | undefined;
  enforce_zdr_other?: boolean | null | undefined;
  enforce_zdr_xai?: boolean | null | undefined;
  /** Places the guardrail in a workspace (it still enforces nothing until assigned). */
  workspace_id?: string | undefined;
}

/**
 * Body of `PATCH /guardrails/{id}` (the wire's `UpdateGuardrailRequest`): only the fields given change, and a list
 * given replaces the whole list.
 */
export type UpdateGuardrailParams = Partial<Omit<CreateGuardrailParams, "workspace_id">>;

/** An API key's assignment to a guardrail. */
export interface KeyAssignment {
  id: string;
  key_hash: string;
  guardrail_id: string;
  key_name: string;
  key_label: string;
  /** The user who made the assignment. */
  assigned_by: string | null;
  created_at: string;
  [key: string]: unknown;
}

/** An organization member's assignment to a guardrail. */
export interface MemberAssignment {
  id: string;
  user_id: string;
  organization_id: string;
  guardrail_id: string;
  assigned_by: string | null;
  created_at: string;
  [key: string]: unknown;
}

/** Body of `POST /guardrails/{id}/assignments/keys` and `…/keys/remove`. */
export interface GuardrailKeysParams {
  /** The keys' hashes (`ApiKey.hash`). */
  key_hashes: string[];
}

/** Body of `POST /guardrails/{id}/assignments/members` and `…/members/remove`. */
export interface GuardrailMembersParams {
  member_user_ids: string[];
}

/** The answer of a bulk assign (`BulkAssignKeysResponse`, `BulkAssignMembersResponse`). */
export interface GuardrailAssigned {
  assigned_count: number;
  [key: string]: unknown;
}

/** The answer of a bulk unassign (`BulkUnassignKeysResponse`, `BulkUnassignMembersResponse`). */
export interface GuardrailUnassigned {
  unassigned_count: number;
  [key: string]: unknown;
}
