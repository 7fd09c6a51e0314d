import type { ListPage } from "../list-pages.js";

/** A provider as `GET /providers` describes it. */
export interface Provider {
  name: string;
  /** The id used in routing preferences (`provider.order`, `only`, `ignore`). */
  slug: string;
  privacy_policy_url?: string | null;
  terms_of_service_url?: string | null;
  status_page_url?: string | null;
  headquarters?: string | null;
  /** ISO country codes of its datacenters. */
  datacenters?: string[] | null;
  [key: string]: unknown;
}

/** An endpoint (a model at one provider) that keeps no data: zero data retention. */
export interface ZdrEndpoint {
  model_id: string;
  model_name?: string;
  name: string;
  provider_name: string;
  tag?: string;
  context_length?: number | null;
  max_completion_tokens?: number | null;
  max_prompt_tokens?: number | null;
  pricing?: Record<string, string>;
  quantization?: string | null;
  supported_parameters?: string[];
  uptime_last_30m?: number | null;
  [key: string]: unknown;
}

/** A model of `GET /models/user`: the catalog's fields (see `Model` in `openrouter-fetch/models`), kept as sent. */
export interface UserModel {
  id: string;
  name?: string;
  context_length?: number | null;
  pricing?: Record<string, string>;
  [key: string]: unknown;
}

/** The answer of `GET /models/user`: one page, with the total and the next page's link. */
export interface UserModelsPage extends ListPage<UserModel> {
  total_count?: number;
  links?: { next?: string | null; [key: string]: unknown };
}
