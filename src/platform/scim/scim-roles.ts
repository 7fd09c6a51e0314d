/** The workspace roles a SCIM group mapping can grant. @internal */
export const SCIM_ROLES: readonly string[] = ["admin", "member"];
