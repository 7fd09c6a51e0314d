import type { ListQuery } from "../platform-call.js";

/** A provider slug of a BYOK credential (`openai`, `anthropic`, `amazon-bedrock`, …); open to new providers. */
export type ByokProvider = "openai" | "anthropic" | "google-ai-studio" | "google-vertex" | "amazon-bedrock" | "azure" | "mistral" | "groq" | "xai" | "deepseek" | (string & {});

/** A bring-your-own-key provider credential. The raw provider key is never returned, only its `label`. */
export interface ByokKey {
  id: string;
  provider: ByokProvider;
  name?: string | null;
  /** A masked form of the provider key. */
  label: string;
  disabled: boolean;
  is_fallback: boolean;
  sort_order: number;
  workspace_id: string | null;
  allowed_api_key_hashes: string[] | null;
  allowed_models: string[] | null;
  allowed_user_ids: string[] | null;
  created_at: string;
  [key: string]: unknown;
}

/** Query of `GET /byok`. */
export interface ListByokKeysQuery extends ListQuery {
  /** Another workspace than the default one. */
  workspace_id?: string | undefined;
  /** Only this provider's credentials. */
  provider?: ByokProvider | undefined;
}

/** Body of `POST /byok`. */
export interface CreateByokKeyParams {
  provider: ByokProvider;
  /** The raw provider API key: write-only, encrypted at rest, never returned. */
  key: string;
  name?: string | null | undefined;
  disabled?: boolean | undefined;
  is_fallback?: boolean | undefined;
  /** The default workspace when omitted (a 400 if it was deleted). */
  workspace_id?: string | undefined;
  allowed_api_key_hashes?: string[] | null | undefined;
  allowed_models?: string[] | null | undefined;
  allowed_user_ids?: string[] | null | undefined;
}

/** Body of `PATCH /byok/{id}`: only the fields given change; `key` rotates the provider key in place. */
export type UpdateByokKeyParams = Partial<Omit<CreateByokKeyParams, "provider" | "workspace_id">>;
