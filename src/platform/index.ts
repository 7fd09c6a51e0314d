/**
 * The management side of OpenRouter: API keys, guardrails, presets, the user's models and providers, generation
 * content and feedback, BYOK credentials, observability destinations, workspaces (budgets, members), organization
 * members, SCIM, analytics, and the public datasets (these take the inference key). Most calls take a management
 * key (`managementKey` / `OPENROUTER_MANAGEMENT_KEY`), never the inference key; each function's TSDoc says which
 * key it sends.
 *
 * @module platform
 */
// Keys
export { listApiKeys } from "./keys/list-api-keys.js";
export { iterateApiKeys, API_KEYS_PAGE_SIZE } from "./keys/iterate-api-keys.js";
export { getApiKey } from "./keys/get-api-key.js";
export { createApiKey } from "./keys/create-api-key.js";
export { updateApiKey } from "./keys/update-api-key.js";
export { deleteApiKey } from "./keys/delete-api-key.js";
export type { ApiKey, LimitReset, ListApiKeysQuery, CreateApiKeyParams, UpdateApiKeyParams, CreatedApiKey, Deleted } from "./keys/types.js";
export type { KeysFacade } from "./keys/keys-facade.js";
// Models and providers
export { listUserModels } from "./models/list-user-models.js";
export { iterateUserModels } from "./models/iterate-user-models.js";
export { listProviders } from "./models/list-providers.js";
export { listZdrEndpoints } from "./models/list-zdr-endpoints.js";
export type { Provider, ZdrEndpoint, UserModel, UserModelsPage } from "./models/types.js";
export type { PlatformModelsFacade } from "./models/models-facade.js";
// byok
export { listByokKeys } from "./byok/list-byok-keys.js";
export { iterateByokKeys } from "./byok/iterate-byok-keys.js";
export { getByokKey } from "./byok/get-byok-key.js";
export { createByokKey } from "./byok/create-byok-key.js";
export { updateByokKey } from "./byok/update-byok-key.js";
export { deleteByokKey } from "./byok/delete-byok-key.js";
export type { ByokFacade } from "./byok/byok-facade.js";
export type { ByokKey, ByokProvider, CreateByokKeyParams, ListByokKeysQuery, UpdateByokKeyParams } from "./byok/types.js";
// observability
export { listObservabilityDestinations } from "./observability/list-observability-destinations.js";
export { iterateObservabilityDestinations } from "./observability/iterate-observability-destinations.js";
export { getObservabilityDestination } from "./observability/get-observability-destination.js";
export { createObservabilityDestination } from "./observability/create-observability-destination.js";
export { updateObservabilityDestination } from "./observability/update-observability-destination.js";
export { deleteObservabilityDestination } from "./observability/delete-observability-destination.js";
export type { ObservabilityFacade } from "./observability/observability-facade.js";
export type { CreateObservabilityDestinationParams, ListObservabilityDestinationsQuery, ObservabilityDestination, ObservabilityDestinationType, ObservabilityFilterRules, UpdateObservabilityDestinationParams } from "./observability/types.js";
// workspaces
export { listWorkspaces } from "./workspaces/list-workspaces.js";
export { iterateWorkspaces } from "./workspaces/iterate-workspaces.js";
export { getWorkspace } from "./workspaces/get-workspace.js";
export { createWorkspace } from "./workspaces/create-workspace.js";
export { updateWorkspace } from "./workspaces/update-workspace.js";
export { deleteWorkspace } from "./workspaces/delete-workspace.js";
export { listWorkspaceBudgets } from "./workspaces/list-workspace-budgets.js";
export { getWorkspaceBudget } from "./workspaces/get-workspace-budget.js";
export { setWorkspaceBudget } from "./workspaces/set-workspace-budget.js";
export { deleteWorkspaceBudget } from "./workspaces/delete-workspace-budget.js";
export { listWorkspaceMembers } from "./workspaces/list-workspace-members.js";
export { iterateWorkspaceMembers } from "./workspaces/iterate-workspace-members.js";
export { addWorkspaceMembers } from "./workspaces/add-workspace-members.js";
export { removeWorkspaceMembers } from "./workspaces/remove-workspace-members.js";
export type { WorkspacesFacade } from "./workspaces/workspaces-facade.js";
export type { AddedWorkspaceMembers, CreateWorkspaceParams, ListWorkspaceMembersQuery, RemovedWorkspaceMembers, SetWorkspaceBudgetParams, UpdateWorkspaceParams, Workspace, WorkspaceBudget, WorkspaceBudgetAnswer, WorkspaceBudgetInterval, WorkspaceBudgets, WorkspaceMember, WorkspaceMembersParams } from "./workspaces/types.js";
// organization
export { listOrganizationMembers } from "./organization/list-organization-members.js";
export { iterateOrganizationMembers } from "./organization/iterate-organization-members.js";
export type { OrganizationFacade } from "./organization/organization-facade.js";
export type { ListOrganizationMembersQuery, OrganizationMember } from "./organization/types.js";
// scim
export { listScimGroupMappings } from "./scim/list-scim-group-mappings.js";
export { iterateScimGroupMappings } from "./scim/iterate-scim-group-mappings.js";
export { getScimGroupMapping } from "./scim/get-scim-group-mapping.js";
export { createScimGroupMapping } from "./scim/create-scim-group-mapping.js";
export { updateScimGroupMapping } from "./scim/update-scim-group-mapping.js";
export { deleteScimGroupMapping } from "./scim/delete-scim-group-mapping.js";
export { listScimGroups } from "./scim/list-scim-groups.js";
export { iterateScimGroups } from "./scim/iterate-scim-groups.js";
export type { ScimFacade } from "./scim/scim-facade.js";
export type { CreateScimGroupMappingParams, DeleteScimGroupMappingParams, ListScimQuery, ScimGroup, ScimGroupMapping, ScimRole, UpdateScimGroupMappingParams } from "./scim/types.js";
// analytics
export { getActivity } from "./analytics/get-activity.js";
export { getAnalyticsMeta } from "./analytics/get-analytics-meta.js";
export { queryAnalytics } from "./analytics/query-analytics.js";
export type { AnalyticsFacade } from "./analytics/analytics-facade.js";
export type { Activity, ActivityItem, AnalyticsFilter, AnalyticsMeta, AnalyticsQueryParams, AnalyticsResult, GetActivityQuery } from "./analytics/types.js";
// datasets
export { getBenchmarks } from "./datasets/get-benchmarks.js";
export { getTaskClassifications } from "./datasets/get-task-classifications.js";
export { getAppRankings } from "./datasets/get-app-rankings.js";
export { iterateAppRankings } from "./datasets/iterate-app-rankings.js";
export { getRankingsDaily } from "./datasets/get-rankings-daily.js";
export { getSessionCost } from "./datasets/get-session-cost.js";
export { iterateSessionCost } from "./datasets/iterate-session-cost.js";
export type { DatasetsFacade } from "./datasets/datasets-facade.js";
export type { AppRanking, BenchmarkItem, BenchmarksMeta, Dataset, DatasetMeta, GetAppRankingsQuery, GetBenchmarksQuery, GetRankingsDailyQuery, GetSessionCostQuery, RankingsDailyItem, RankingsMeta, SessionCostItem, SessionCostMeta, TaskClassification, TaskClassifications } from "./datasets/types.js";
// guardrails
export { listGuardrails } from "./guardrails/list-guardrails.js";
export { iterateGuardrails } from "./guardrails/iterate-guardrails.js";
export { getGuardrail } from "./guardrails/get-guardrail.js";
export { createGuardrail } from "./guardrails/create-guardrail.js";
export { updateGuardrail } from "./guardrails/update-guardrail.js";
export { deleteGuardrail } from "./guardrails/delete-guardrail.js";
export { listGuardrailKeyAssignments } from "./guardrails/list-guardrail-key-assignments.js";
export { iterateGuardrailKeyAssignments } from "./guardrails/iterate-guardrail-key-assignments.js";
export { assignKeysToGuardrail } from "./guardrails/assign-keys-to-guardrail.js";
export { unassignKeysFromGuardrail } from "./guardrails/unassign-keys-from-guardrail.js";
export { listGuardrailMemberAssignments } from "./guardrails/list-guardrail-member-assignments.js";
export { iterateGuardrailMemberAssignments } from "./guardrails/iterate-guardrail-member-assignments.js";
export { assignMembersToGuardrail } from "./guardrails/assign-members-to-guardrail.js";
export { unassignMembersFromGuardrail } from "./guardrails/unassign-members-from-guardrail.js";
export { listKeyAssignments } from "./guardrails/list-key-assignments.js";
export { iterateKeyAssignments } from "./guardrails/iterate-key-assignments.js";
export { listMemberAssignments } from "./guardrails/list-member-assignments.js";
export { iterateMemberAssignments } from "./guardrails/iterate-member-assignments.js";
export type { GuardrailsFacade } from "./guardrails/guardrails-facade.js";
export type { ContentFilterAction, ContentFilterBuiltinEntry, ContentFilterBuiltinEntryInput, ContentFilterBuiltinSlug, ContentFilterEntry, CreateGuardrailParams, Guardrail, GuardrailAssigned, GuardrailInterval, GuardrailKeysParams, GuardrailMembersParams, GuardrailUnassigned, KeyAssignment, ListGuardrailsQuery, MemberAssignment, PromptInjectionScanScope, UpdateGuardrailParams } from "./guardrails/types.js";
// presets (the inference key)
export { listPresets } from "./presets/list-presets.js";
export { iteratePresets } from "./presets/iterate-presets.js";
export { getPreset } from "./presets/get-preset.js";
export { listPresetVersions } from "./presets/list-preset-versions.js";
export { iteratePresetVersions } from "./presets/iterate-preset-versions.js";
export { getPresetVersion } from "./presets/get-preset-version.js";
export { createPresetFromChat } from "./presets/create-preset-from-chat.js";
export { createPresetFromResponses } from "./presets/create-preset-from-responses.js";
export { createPresetFromMessages } from "./presets/create-preset-from-messages.js";
export type { PresetsFacade } from "./presets/presets-facade.js";
export type { ListPresetsQuery, Preset, PresetStatus, PresetVersion, PresetWithVersion } from "./presets/types.js";
// generation feedback
export { submitGenerationFeedback } from "./generations/submit-generation-feedback.js";
export type { GenerationsFacade } from "./generations/generations-facade.js";
export type { GenerationFeedbackCategory, GenerationFeedbackParams, GenerationFeedbackResult } from "./generations/types.js";
// Shared
export type { ListQuery, ListPage } from "./list-pages.js";
export type { PaginateOptions } from "./paginate.js";
export type { IterateOptions } from "./platform-call.js";
export type { PlatformFacade } from "./platform-facade.js";
export { createClient, type Client } from "../core/client.js";
export type { ClientOptions, RequestOptions } from "../core/options.js";
