import type { ListQuery } from "../platform-call.js";

/** A member of the organization that owns the management key. */
export interface OrganizationMember {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  role: "org:admin" | "org:member" | (string & {});
  [key: string]: unknown;
}

/** Query of `GET /organization/members`. */
export type ListOrganizationMembersQuery = ListQuery;
