import type { ListQuery } from "../platform-call.js";

/** The workspace role a SCIM group grants. */
export type ScimRole = "admin" | "member";

/** A SCIM group-to-workspace role mapping. */
export interface ScimGroupMapping {
  id: string;
  organization_id: string;
  scim_group_id: string;
  workspace_id: string;
  role: ScimRole | (string & {});
  created_at: string;
  updated_at: string;
  [key: string]: unknown;
}

/** A SCIM group pushed by the identity provider. */
export interface ScimGroup {
  id: string;
  organization_id: string;
  display_name: string;
  external_id: string | null;
  created_at: string;
  updated_at: string;
  [key: string]: unknown;
}

/** Query of `GET /scim/group-mappings` and `GET /scim/groups`. */
export type ListScimQuery = ListQuery;

/** Body of `POST /scim/group-mappings`. */
export interface CreateScimGroupMappingParams {
  scim_group_id: string;
  workspace_id: string;
  role: ScimRole;
}

/** Body of `PATCH /scim/group-mappings/{id}`. */
export interface UpdateScimGroupMappingParams {
  role: ScimRole;
}

/** Query of `DELETE /scim/group-mappings/{id}`: required, since `false` removes the members the mapping granted. */
export interface DeleteScimGroupMappingParams {
  keep_members: boolean;
}
