import type { Client } from "../core/client.js";
import { type KeysFacade, createKeysFacade } from "./keys/keys-facade.js";
import { type PlatformModelsFacade, createPlatformModelsFacade } from "./models/models-facade.js";
import { type ByokFacade, createByokFacade } from "./byok/byok-facade.js";
import { type ObservabilityFacade, createObservabilityFacade } from "./observability/observability-facade.js";
import { type WorkspacesFacade, createWorkspacesFacade } from "./workspaces/workspaces-facade.js";
import { type OrganizationFacade, createOrganizationFacade } from "./organization/organization-facade.js";
import { type ScimFacade, createScimFacade } from "./scim/scim-facade.js";
import { type AnalyticsFacade, createAnalyticsFacade } from "./analytics/analytics-facade.js";
import { type DatasetsFacade, createDatasetsFacade } from "./datasets/datasets-facade.js";
import { type GuardrailsFacade, createGuardrailsFacade } from "./guardrails/guardrails-facade.js";
import { type PresetsFacade, createPresetsFacade } from "./presets/presets-facade.js";
import { type GenerationsFacade, createGenerationsFacade } from "./generations/generations-facade.js";

/** The management side, bound to a client: one property per resource (`or.platform.keys.list()`). */
export interface PlatformFacade {
  /** API keys: list, iterate, get, create, update, delete. */
  readonly keys: KeysFacade;
  /** The models your requests may use, providers, ZDR endpoints. */
  readonly models: PlatformModelsFacade;
  /** BYOK provider credentials: list, iterate, get, create, update, delete. */
  readonly byok: ByokFacade;
  /** Observability destinations: list, iterate, get, create, update, delete. */
  readonly observability: ObservabilityFacade;
  /** Workspaces, their budgets per interval and their members. */
  readonly workspaces: WorkspacesFacade;
  /** The organization's members. */
  readonly organization: OrganizationFacade;
  /** SCIM group mappings and groups. */
  readonly scim: ScimFacade;
  /** Activity, the analytics metadata and queries. */
  readonly analytics: AnalyticsFacade;
  /** The public datasets (inference key): benchmarks, task classifications, rankings, session cost. */
  readonly datasets: DatasetsFacade;
  /** Guardrails: list, iterate, get, create, update, delete, and their key and member assignments. */
  readonly guardrails: GuardrailsFacade;
  /** Presets (inference key): list, get, versions, create from a chat, responses or messages body. */
  readonly presets: PresetsFacade;
  /** Feedback on a generation (management key). */
  readonly generations: GenerationsFacade;
}

/**
 * The platform functions bound to `client`.
 * @internal
 */
export function createPlatformFacade(client: Client): PlatformFacade {
  return {
    keys: createKeysFacade(client),
    models: createPlatformModelsFacade(client),
    byok: createByokFacade(client),
    observability: createObservabilityFacade(client),
    workspaces: createWorkspacesFacade(client),
    organization: createOrganizationFacade(client),
    scim: createScimFacade(client),
    analytics: createAnalyticsFacade(client),
    datasets: createDatasetsFacade(client),
    guardrails: createGuardrailsFacade(client),
    presets: createPresetsFacade(client),
    generations: createGenerationsFacade(client),
  };
}
