import type { ListQuery } from "../platform-call.js";

/** A preset's status; `active` presets can be used in requests (`model: "@preset/my-preset"`). */
export type PresetStatus = "active" | "disabled" | "archived" | (string & {});

/** A preset without its versions (`Preset` in the OpenAPI document). */
export interface Preset {
  id: string;
  creator_user_id: string | null;
  workspace_id: string | null;
  name: string;
  slug: string;
  description: string | null;
  status: PresetStatus;
  /** The version requests that name the preset use. */
  designated_version_id: string | null;
  created_at: string;
  updated_at: string;
  status_updated_at: string | null;
  [key: string]: unknown;
}

/** One version of a preset: the request fields it sets and its system prompt. */
export interface PresetVersion {
  id: string;
  preset_id: string;
  creator_id: string;
  /** 1 for the first version, then counting up. */
  version: number;
  system_prompt: string | null;
  /** The request fields the preset sets (`model`, `temperature`, `provider`, …), as the inference body names them. */
  config: Record<string, unknown>;
  created_at: string;
  updated_at: string;
  [key: string]: unknown;
}

/** A preset with its designated version inline (`GET /presets/{slug}` and the create-from answers). */
export interface PresetWithVersion extends Preset {
  designated_version: PresetVersion | null;
}

/** Query of `GET /presets` and `GET /presets/{slug}/versions` (`limit` at most 100 on the wire). */
export type ListPresetsQuery = ListQuery;
