import type { Client } from "../core/client.js";
import { type ByokFacade, createByokFacade } from "./byok/byok-facade.js";
import { type ObservabilityFacade, createObservabilityFacade } from "./observability/observability-facade.js";
import { type WorkspacesFacade, createWorkspacesFacade } from "./workspaces/workspaces-facade.js";
import { type OrganizationFacade, createOrganizationFacade } from "./organization/organization-facade.js";
import { type ScimFacade, createScimFacade } from "./scim/scim-facade.js";
import { type AnalyticsFacade, createAnalyticsFacade } from "./analytics/analytics-facade.js";
import { type DatasetsFacade, createDatasetsFacade } from "./datasets/datasets-facade.js";

/** `createOpenRouter().platform`: the management side, one property per resource. */
export interface PlatformFacade {
  /** {@link createByokFacade}. */
  readonly byok: ByokFacade;
  /** {@link createObservabilityFacade}. */
  readonly observability: ObservabilityFacade;
  /** {@link createWorkspacesFacade}. */
  readonly workspaces: WorkspacesFacade;
  /** {@link createOrganizationFacade}. */
  readonly organization: OrganizationFacade;
  /** {@link createScimFacade}. */
  readonly scim: ScimFacade;
  /** {@link createAnalyticsFacade}. */
  readonly analytics: AnalyticsFacade;
  /** {@link createDatasetsFacade}. */
  readonly datasets: DatasetsFacade;
}

/**
 * The platform methods of the facade, grouped by resource: `platform.workspaces.list()`, `platform.byok.create()`, ….
 *
 * @throws {ValidationError} when the client is not one made by `createClient()`.
 * @example
 * ```ts
 * import { createClient, createPlatformFacade } from "openrouter-fetch/platform";
 * const platform = createPlatformFacade(createClient());
 * const page = await platform.workspaces.list();
 * console.log(page.total_count);
 * ```
 */
export function createPlatformFacade(client: Client): PlatformFacade {
  return {
    byok: createByokFacade(client),
    observability: createObservabilityFacade(client),
    workspaces: createWorkspacesFacade(client),
    organization: createOrganizationFacade(client),
    scim: createScimFacade(client),
    analytics: createAnalyticsFacade(client),
    datasets: createDatasetsFacade(client),
  };
}
