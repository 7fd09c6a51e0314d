/**
 * openrouter-fetch: a small, typed, tree-shakeable OpenRouter client. Everything is re-exported here; the
 * subpaths (`openrouter-fetch/chat`, `/errors`, …) hold the same functions for those who prefer them.
 *
 * @module openrouter-fetch
 */

// Client and facade
export { createClient, type Client } from "./core/client.js";
export {
  type ClientOptions, type RequestOptions, DEFAULT_BASE_URL, DEFAULT_TIMEOUT, DEFAULT_IDLE_TIMEOUT,
  DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_DELAY,
} from "./core/options.js";
export { createOpenRouter, type OpenRouter } from "./openrouter.js";

// Chat
export { chat, type ChatOptions } from "./chat/chat.js";
export { stream, type ChatStream, type StreamOptions, type ToReadableStreamOptions } from "./chat/stream.js";
export type {
  JSONSchema, FunctionTool, ServerTool, Tool, ToolChoice, ResponseFormat, ReasoningEffort, ReasoningConfig,
  ProviderSort, PercentileThreshold, Quantization, ProviderPreferences, Plugin, Modality, ChatParams,
  StopServerToolsWhenCondition, PromptCacheOptions, ChatStreamOptions, ExtraFields,
} from "./types/chat-params.js";
export type {
  ReasoningDetail, ToolCall, WireImage, Annotation, SystemMessage, DeveloperMessage, UserMessage, AssistantMessage,
  ToolMessage, ChatMessage, Message,
} from "./types/messages.js";
export type { CacheControl, TextPart, ImagePart, AudioPart, VideoPart, FilePart, ContentPart } from "./types/content-parts.js";
export type { Usage, FinishReason, WireError, ResponseMessage, ChatChoice, ChatCompletion } from "./types/chat-completion.js";
export type { ToolCallDelta, ChunkDelta, ChunkChoice, ChatCompletionChunk } from "./types/chat-completion-chunk.js";
export type { DecodedImage, ChatResult } from "./types/chat-result.js";
export type { PostProcessContext, PostProcessor } from "./types/post-processor.js";
export type { ModelLookup, CatalogModel } from "./types/model-lookup.js";

// Structured output
export { toJSONSchema, validateWithSchema } from "./structured/index.js";
export type {
  StructuredOutputOptions, StandardSchemaV1, StandardSchemaProps, StandardSchemaIssue, StandardSchemaResult,
  StandardJSONSchemaOptions, InferSchemaOutput, InferSchemaInput,
} from "./structured/index.js";

// Tools
export { tool, runTools, totalUsage } from "./tools/index.js";
export type {
  ToolConfig, ToolContext, ToolDefinition, ToolResult, ToolStep, TotalUsage, RunToolsOptions, RunToolsResult,
  RunToolsEvent, ToolRunStream,
} from "./tools/index.js";

// Images
export {
  generateImage, textPart, imagePart, filePart, audioPart, videoPart, userMessage, type GenerateImageOptions,
  type GenerateImageParams, type ImageResult, type GeneratedImage, type RemoteImage, type ImageInput,
  type AspectRatio, type ImageSize, type ImagePartOptions, type FilePartOptions, type PartFor, createImage,
  listImageModels, listImageModelEndpoints, type CreateImageParams, type CreateImageResult, type NativeAspectRatio,
  type NativeImageReference, type ImageGenerationItem, type ImageGenerationResponse, type ImageGenerationUsage,
  type ImageModel, type ImageModelEndpoint, type ImagePricingEntry, type CapabilityDescriptor, createImagesFacade,
  type ImagesFacade, streamImage, type ImageStream, type ImageStreamEvent, type ImagePartialImageEvent,
  type ImageTextChunkEvent, type ImageCompletedEvent, type ImageStreamErrorEvent, type OtherImageStreamEvent,
  type StreamedImageResult, isImageStreamFailure, type ImageStreamFailure,
} from "./images/index.js";

// Models. The zod/mini schemas (modelSchema, …) are exported from "openrouter-fetch/models" only, and imported
// here module by module, so that importing the root in Node does not even reach zod (about 35 ms of cold start).
export { listModels } from "./models/list-models.js";
export { getModel } from "./models/get-model.js";
export { listModelEndpoints } from "./models/list-model-endpoints.js";
export { countModels } from "./models/count-models.js";
export { findModels, type ModelFilter } from "./models/find-models.js";
export { estimateCost, type CostUsage } from "./models/estimate-cost.js";
export { pricePerMillion } from "./models/price-per-million.js";
export { createModelCatalog, DEFAULT_CATALOG_TTL, type ModelCatalog, type ModelCatalogOptions } from "./models/create-model-catalog.js";
export type {
  InputModality, OutputModality, OpenEffort, PriceOverride, Pricing, Architecture, TopProvider, ModelReasoning,
  DesignArenaResult, ModelBenchmarks, Model, Percentiles, ModelEndpoint, ModelCategory, ModelSort, OneOrMany,
  ListModelsQuery, CountModelsQuery,
} from "./models/types.js";

// Account and OAuth PKCE
export {
  getGeneration, DEFAULT_NOT_FOUND_RETRIES, DEFAULT_NOT_FOUND_RETRY_DELAY, type GetGenerationOptions, getKey,
  getCredits, createCodeChallenge, createAuthorizationUrl, exchangeAuthCode, DEFAULT_AUTH_URL, type CodeChallenge,
  type CodeChallengeMethod, type AuthorizationUrlOptions, type ExchangeAuthCodeParams, type ProviderResponse,
  type Generation, type KeyInfo, type Credits, type AuthKey,
} from "./account/index.js";
export {
  getGenerationContent, createAuthCode, type CreateAuthCodeParams, type GenerationContent, type GenerationContentError,
  type GenerationContentErrorAttempt, type AuthCode,
} from "./account/index.js";

// Embeddings
export {
  embed, type EmbeddingContentPart, type EmbeddingInput, type EmbedParams, type EmbeddingUsage, type EmbeddingData,
  type EmbeddingsResponse, type EmbedResult, listEmbeddingModels, type EmbeddingModelsQuery,
} from "./embeddings/index.js";

// Routing
export {
  provider, providerFrom, route, autoRoute, webPlugin, fileParserPlugin, responseHealingPlugin,
  contextCompressionPlugin, webSearchTool, parseModelId, withVariant, checkModelId, cascade, classifyComplexity,
  moderationPlugin, webFetchPlugin, fusionPlugin, paretoRouterPlugin, autoBetaRouterPlugin, webFetchTool, datetimeTool,
  imageGenerationTool, fusionTool, advisorTool, subagentTool, bashTool, filesTool, searchModelsTool,
} from "./routing/index.js";
export type {
  ProviderBuilder, ProviderName, ProviderSortOption, MaxPrice, RouteBuilder, RouteFragment, AutoRouteConfig,
  WebPlugin, WebPluginConfig, WebPluginEngine, FileParserPlugin, FileParserPluginConfig, PdfEngine,
  ResponseHealingPlugin, ContextCompressionPlugin, WebSearchTool, WebSearchConfig, UserLocation, ParsedModelId,
  ModelVariant, ModelIdEntry, Cascade, CascadeClassifier, CascadeInput, CascadeModels, CascadeOptions, CascadePick,
  CascadeTier, WebSearchMode, ModerationPlugin, WebFetchPlugin, WebFetchPluginConfig, FusionPlugin, FusionPluginConfig,
  ParetoRouterPlugin, ParetoRouterPluginConfig, AutoBetaRouterPlugin, AutoBetaRouterPluginConfig, ServerToolOf,
  WebFetchToolConfig, FusionToolConfig, AdvisorToolConfig, SubagentToolConfig, BashToolConfig,
} from "./routing/index.js";

// Post-processing
export {
  defaultPostProcessors, reasoningFallback, decodeImages, decodeDataUrl, extractJson, jsonExtraction, modalityGuard,
  isImageOnlyModel,
} from "./postprocess/index.js";

// Errors
export {
  OpenRouterError, isOpenRouterError, APIError, isAPIError, BadRequestError, AuthenticationError,
  InsufficientCreditsError, ModerationError, NotFoundError, RequestTimeoutError, RateLimitError, ProviderError,
  NoProviderError, ServerError, PayloadTooLargeError, UnprocessableEntityError, EdgeTimeoutError,
  ProviderOverloadedError, type APIErrorInit, type ErrorAvailability, createAPIError, type CreateAPIErrorInput,
  StreamError, type StreamSource, type StreamFailure, ConnectionError, TimeoutError, type TimeoutPhase, AbortError, ValidationError,
  ResponseValidationError, type ResponseIssue, HookError, type HookKind,
} from "./errors/index.js";

// Endpoint groups (each block lists its names, grouped as in its subpath)
export {
  rerank, type RerankDocument, type RerankParams, type RerankResultItem, type RankedDocument, type RerankUsage,
  type RerankResponse, type RerankResult,
} from "./rerank/index.js";
export {
  createResponse, type ResponseOptions, type ResponsesFacade, createResponsesFacade, type ResponsesParams,
  type ResponseInputItem, type ResponseInputMessage, type ResponseInputContent, type FunctionCallOutputItem,
  type ResponseFunctionTool, type ResponseServerTool, type ResponseTextFormat, type ResponseAnnotation,
  type ResponseOutputContent, type ResponseOutputMessage, type ResponseFunctionCall, type ResponseReasoningItem,
  type ResponseImageGenerationCall, type ResponseOutputItem, type ResponseUsage, type ResponseObject,
  type ResponseToolCall, type ResponseResult, type StoredPromptTemplate, streamResponse, type ResponseStream, type ResponseStreamEvent,
  type ResponseLifecycleEvent, type ResponseOutputItemEvent, type ResponseContentPartEvent,
  type ResponseTextDeltaEvent, type ResponseTextDoneEvent, type ResponseAnnotationEvent, type ResponseRefusalEvent,
  type ResponseFunctionCallArgumentsEvent, type ResponseReasoningSummaryPartEvent,
  type ResponseReasoningSummaryTextEvent, type ResponseReasoningTextEvent, type ResponseImageGenerationEvent,
  type ResponseErrorEvent, type OtherResponseEvent, isResponseStreamFailure, type ResponseStreamFailure,
} from "./responses/index.js";
export {
  createMessage, type MessageOptions, type MessagesFacade, createMessagesFacade, type MessagesParams,
  type MessageParam, type MessageParamBlock, type MessageTool, type MessageContentBlock, type MessageToolUse,
  type MessageUsage, type MessageStopReason, type MessageObject, type MessageResult, streamMessage,
  type MessageStream, type MessageStreamEvent, type MessageStartEvent, type ContentBlockStartEvent,
  type ContentBlockDeltaEvent, type ContentBlockStopEvent, type MessageDeltaEvent, type MessageStopEvent,
  type MessagePingEvent, type MessageErrorEvent, isMessageStreamFailure, type MessageStreamFailure,
} from "./messages/index.js";
export {
  createSpeech, type SpeechResult, createSpeechStream, createTranscription, createAudioFacade, type AudioFacade,
  type BinaryBody, type BinaryResult, type AudioSource, type SpeechInputReferenceAudio, type SpeechInputReferenceText,
  type SpeechInputReference, type SpeechParams, type TimestampGranularity, type TranscriptionFormat,
  type TranscriptionParamsBase, type TranscriptionJSONParams, type TranscriptionUploadParams, type TranscriptionParams,
  type TranscriptionSegment, type TranscriptionWord, type TranscriptionUsage, type Transcription,
} from "./audio/index.js";
export {
  createVideo, getVideo, waitForVideo, type WaitForVideoOptions, DEFAULT_POLL_INTERVAL, DEFAULT_VIDEO_TIMEOUT,
  downloadVideo, type DownloadVideoOptions, listVideoModels, VideoJobError, createVideosFacade, type VideosFacade,
  type VideoAspectRatio, type FrameImage, type VideoInputReference, type VideoParams, type VideoJobStatus,
  type VideoJob, type VideoModel,
} from "./videos/index.js";
export {
  uploadFile, MAX_FILE_SIZE, listFiles, getFile, getFileContent, deleteFile, createFilesFacade, type FilesFacade,
  type FileProvider, type FileScope, type UploadFileParams, type StoredFile, type ListFilesQuery, type FileList,
  type DeletedFile,
} from "./files/index.js";
export {
  listApiKeys, iterateApiKeys, API_KEYS_PAGE_SIZE, getApiKey, createApiKey, updateApiKey, deleteApiKey, type ApiKey,
  type LimitReset, type ListApiKeysQuery, type CreateApiKeyParams, type UpdateApiKeyParams, type CreatedApiKey,
  type Deleted, type KeysFacade, listUserModels, iterateUserModels, listProviders, listZdrEndpoints, type Provider,
  type ZdrEndpoint, type UserModel, type UserModelsPage, type PlatformModelsFacade, listByokKeys, iterateByokKeys,
  getByokKey, createByokKey, updateByokKey, deleteByokKey, type ByokFacade, type ByokKey, type ByokProvider,
  type CreateByokKeyParams, type ListByokKeysQuery, type UpdateByokKeyParams, listObservabilityDestinations,
  iterateObservabilityDestinations, getObservabilityDestination, createObservabilityDestination,
  updateObservabilityDestination, deleteObservabilityDestination, type ObservabilityFacade,
  type CreateObservabilityDestinationParams, type ListObservabilityDestinationsQuery, type ObservabilityDestination,
  type ObservabilityDestinationType, type ObservabilityFilterRules, type UpdateObservabilityDestinationParams,
  listWorkspaces, iterateWorkspaces, getWorkspace, createWorkspace, updateWorkspace, deleteWorkspace,
  listWorkspaceBudgets, getWorkspaceBudget, setWorkspaceBudget, deleteWorkspaceBudget, listWorkspaceMembers,
  iterateWorkspaceMembers, addWorkspaceMembers, removeWorkspaceMembers, type WorkspacesFacade,
  type AddedWorkspaceMembers, type CreateWorkspaceParams, type ListWorkspaceMembersQuery,
  type RemovedWorkspaceMembers, type SetWorkspaceBudgetParams, type UpdateWorkspaceParams, type Workspace,
  type WorkspaceBudget, type WorkspaceBudgetAnswer, type WorkspaceBudgetInterval, type WorkspaceBudgets,
  type WorkspaceMember, type WorkspaceMembersParams, listOrganizationMembers, iterateOrganizationMembers,
  type OrganizationFacade, type ListOrganizationMembersQuery, type OrganizationMember, listScimGroupMappings,
  iterateScimGroupMappings, getScimGroupMapping, createScimGroupMapping, updateScimGroupMapping,
  deleteScimGroupMapping, listScimGroups, iterateScimGroups, type ScimFacade, type CreateScimGroupMappingParams,
  type DeleteScimGroupMappingParams, type ListScimQuery, type ScimGroup, type ScimGroupMapping, type ScimRole,
  type UpdateScimGroupMappingParams, getActivity, getAnalyticsMeta, queryAnalytics, type AnalyticsFacade,
  type Activity, type ActivityItem, type AnalyticsFilter, type AnalyticsMeta, type AnalyticsQueryParams,
  type AnalyticsResult, type GetActivityQuery, getBenchmarks, getTaskClassifications, getAppRankings,
  iterateAppRankings, getRankingsDaily, getSessionCost, iterateSessionCost, type DatasetsFacade, type AppRanking,
  type BenchmarkItem, type BenchmarksMeta, type Dataset, type DatasetMeta, type GetAppRankingsQuery,
  type GetBenchmarksQuery, type GetRankingsDailyQuery, type GetSessionCostQuery, type RankingsDailyItem,
  type RankingsMeta, type SessionCostItem, type SessionCostMeta, type TaskClassification, type TaskClassifications,
  type ListQuery, type ListPage, type PaginateOptions, type IterateOptions, type PlatformFacade,
} from "./platform/index.js";
export {
  listGuardrails, iterateGuardrails, getGuardrail, createGuardrail, updateGuardrail, deleteGuardrail,
  listGuardrailKeyAssignments, iterateGuardrailKeyAssignments, assignKeysToGuardrail, unassignKeysFromGuardrail,
  listGuardrailMemberAssignments, iterateGuardrailMemberAssignments, assignMembersToGuardrail,
  unassignMembersFromGuardrail, listKeyAssignments, iterateKeyAssignments, listMemberAssignments,
  iterateMemberAssignments, type GuardrailsFacade, type ContentFilterAction, type ContentFilterBuiltinEntry,
  type ContentFilterBuiltinEntryInput, type ContentFilterBuiltinSlug, type ContentFilterEntry,
  type CreateGuardrailParams, type Guardrail, type GuardrailAssigned, type GuardrailInterval,
  type GuardrailKeysParams, type GuardrailMembersParams, type GuardrailUnassigned, type KeyAssignment,
  type ListGuardrailsQuery, type MemberAssignment, type PromptInjectionScanScope, type UpdateGuardrailParams,
  listPresets, iteratePresets, getPreset, listPresetVersions, iteratePresetVersions, getPresetVersion,
  createPresetFromChat, createPresetFromResponses, createPresetFromMessages, type PresetsFacade, type ListPresetsQuery,
  type Preset, type PresetStatus, type PresetVersion, type PresetWithVersion, submitGenerationFeedback,
  type GenerationsFacade, type GenerationFeedbackCategory, type GenerationFeedbackParams, type GenerationFeedbackResult,
} from "./platform/index.js";
