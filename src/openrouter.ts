import { type AudioFacade, createAudioFacade } from "./audio/audio-facade.js";
import { type VideosFacade, createVideosFacade } from "./videos/videos-facade.js";
import { type FilesFacade, createFilesFacade } from "./files/files-facade.js";
import { type AuthKey, type Credits, type ExchangeAuthCodeParams, type Generation, type GetGenerationOptions, type KeyInfo, exchangeAuthCode, getCredits, getGeneration, getKey } from "./account/index.js";
import { type AuthCode, type CreateAuthCodeParams, type GenerationContent, createAuthCode, getGenerationContent } from "./account/index.js";
import { chat, type ChatOptions } from "./chat/chat.js";
import { type ChatStream, type StreamOptions, stream } from "./chat/stream.js";
import { type Client, createClient } from "./core/client.js";
import type { ClientOptions, RequestOptions } from "./core/options.js";
import { type EmbedParams, type EmbedResult, type EmbeddingModelsQuery, embed, listEmbeddingModels } from "./embeddings/index.js";
import { type RerankParams, type RerankResult, rerank } from "./rerank/index.js";
import type { InferSchemaOutput, StandardSchemaV1 } from "./structured/index.js";
import { type RunToolsOptions, type RunToolsResult, type ToolRunStream, runTools } from "./tools/index.js";
import { type PlatformFacade, createPlatformFacade } from "./platform/platform-facade.js";
import type { ChatParams } from "./types/chat-params.js";
import { type ResponsesFacade, createResponsesFacade } from "./responses/responses-facade.js";
import { type MessagesFacade, createMessagesFacade } from "./messages/messages-facade.js";
import type { ChatResult } from "./types/chat-result.js";
import { type ImagesFacade, createImagesFacade } from "./images/index.js";
// Module by module, not through models/index.js: that one also exports the zod schemas.
import { countModels } from "./models/count-models.js";
import { getModel } from "./models/get-model.js";
import { listModelEndpoints } from "./models/list-model-endpoints.js";
import { listModels } from "./models/list-models.js";
import type { CountModelsQuery, ListModelsQuery, Model, ModelEndpoint } from "./models/types.js";

/** The object {@link createOpenRouter} returns: the client, and each feature bound to it. */
export interface OpenRouter {
  readonly client: Client;
  /** {@link chat} with this client; with a `schema`, `json` is validated and typed from it. */
  chat<S extends StandardSchemaV1>(params: ChatParams, options: ChatOptions<S> & { schema: S }): Promise<ChatResult<InferSchemaOutput<S>> & { json: InferSchemaOutput<S> }>;
  /** {@link chat} with this client. */
  chat<T = unknown>(params: ChatParams, options?: ChatOptions): Promise<ChatResult<T>>;
  /** {@link stream} with this client; with a `schema`, `final().json` is validated and typed from it. */
  stream<S extends StandardSchemaV1>(params: ChatParams, options: StreamOptions<S> & { schema: S }): Promise<ChatStream<InferSchemaOutput<S>>>;
  /** {@link stream} with this client. */
  stream(params: ChatParams, options?: StreamOptions): Promise<ChatStream>;
  /** {@link runTools} with this client, streamed: an iterable of events with `final()`. */
  runTools(params: ChatParams, options: RunToolsOptions & { stream: true }): ToolRunStream;
  /** {@link runTools} with this client: the tool loop until a final answer or `maxSteps`. */
  runTools(params: ChatParams, options: RunToolsOptions & { stream?: false | undefined }): Promise<RunToolsResult>;
  /** Images: {@link generateImage} (chat route), {@link createImage} (native route), the image model catalog. */
  readonly images: ImagesFacade;
  /** The model catalog: {@link listModels}, {@link getModel}, {@link listModelEndpoints}, {@link countModels}. */
  readonly models: {
    /** {@link listModels} with this client. */
    list(query?: ListModelsQuery, options?: RequestOptions): Promise<Model[]>;
    /** {@link getModel} with this client. */
    get(id: string, options?: RequestOptions): Promise<Model>;
    /** {@link listModelEndpoints} with this client. */
    endpoints(id: string, options?: RequestOptions): Promise<ModelEndpoint[]>;
    /** {@link countModels} with this client. */
    count(query?: CountModelsQuery, options?: RequestOptions): Promise<number>;
  };
  /** Your account: {@link getGeneration}, {@link getKey}, {@link getCredits}, {@link exchangeAuthCode}. */
  readonly account: {
    /** {@link getGeneration} with this client. */
    getGeneration(id: string, options?: GetGenerationOptions): Promise<Generation>;
    /** {@link getKey} with this client. */
    getKey(options?: RequestOptions): Promise<KeyInfo>;
    /** {@link getCredits} with this client. */
    getCredits(options?: RequestOptions): Promise<Credits>;
    /** {@link exchangeAuthCode} with this client. */
    exchangeAuthCode(params: ExchangeAuthCodeParams, options?: RequestOptions): Promise<AuthKey>;
    /** {@link getGenerationContent} with this client. */
    getGenerationContent(id: string, options?: RequestOptions): Promise<GenerationContent>;
    /** {@link createAuthCode} with this client. */
    createAuthCode(params: CreateAuthCodeParams, options?: RequestOptions): Promise<AuthCode>;
  };
  /** The management side (`openrouter-fetch/platform`): `or.platform.keys.create(…)`, and each resource's verbs. */
  readonly platform: PlatformFacade;
  /** {@link embed} with this client. */
  embed(params: EmbedParams, options?: RequestOptions): Promise<EmbedResult>;
  /** The embedding models: {@link listEmbeddingModels}. */
  readonly embeddings: {
    /** {@link listEmbeddingModels} with this client. */
    models(query?: EmbeddingModelsQuery, options?: RequestOptions): Promise<Model[]>;
  };
  /** {@link rerank} with this client. */
  rerank(params: RerankParams, options?: RequestOptions): Promise<RerankResult>;
  /** The Responses API (`POST /responses`): {@link ResponsesFacade}. */
  readonly responses: ResponsesFacade;
  /** The Anthropic-compatible Messages API (`POST /messages`): {@link MessagesFacade}. */
  readonly messages: MessagesFacade;
  /** Speech and transcription: `audio.speech`, `audio.speechStream`, `audio.transcribe`. */
  readonly audio: AudioFacade;
  /** Video jobs: `videos.create`, `videos.get`, `videos.wait`, `videos.download`, `videos.models`. */
  readonly videos: VideosFacade;
  /** The Files API: `files.upload`, `files.list`, `files.get`, `files.content`, `files.delete`. */
  readonly files: FilesFacade;
}

/**
 * A small facade for those who prefer methods: every method delegates to the standalone function of the same
 * name with this client. For the smallest bundles, import the standalone functions instead.
 *
 * @throws {@link ValidationError} when an option is out of range.
 * @example
 * ```ts
 * import { createOpenRouter } from "openrouter-fetch";
 * const openrouter = createOpenRouter({ appTitle: "My App" });
 * const { text } = await openrouter.chat({ model: "openai/gpt-4.1-nano", prompt: "Hello" });
 * const models = await openrouter.models.list({ supported_parameters: ["tools"] });
 * console.log(text, models.length);
 * ```
 */
export function createOpenRouter(options?: ClientOptions): OpenRouter {
  const client = createClient(options);
  return {
    client,
    chat: ((params: ChatParams, o?: ChatOptions) => chat(client, params, o)) as OpenRouter["chat"],
    stream: ((params: ChatParams, o?: StreamOptions) => stream(client, params, o)) as OpenRouter["stream"],
    runTools: ((params: ChatParams, o: RunToolsOptions) => runTools(client, params, o)) as OpenRouter["runTools"],
    images: createImagesFacade(client),
    models: {
      list: (query, o) => listModels(client, query, o),
      get: (id, o) => getModel(client, id, o),
      endpoints: (id, o) => listModelEndpoints(client, id, o),
      count: (query, o) => countModels(client, query, o),
    },
    account: {
      getGeneration: (id, o) => getGeneration(client, id, o),
      getKey: (o) => getKey(client, o),
      getCredits: (o) => getCredits(client, o),
      exchangeAuthCode: (params, o) => exchangeAuthCode(client, params, o),
      getGenerationContent: (id, o) => getGenerationContent(client, id, o),
      createAuthCode: (params, o) => createAuthCode(client, params, o),
    },
    embed: (params, o) => embed(client, params, o),
    embeddings: { models: (query, o) => listEmbeddingModels(client, query, o) },
    rerank: (params, o) => rerank(client, params, o),
    responses: createResponsesFacade(client),
    messages: createMessagesFacade(client),
    audio: createAudioFacade(client),
    videos: createVideosFacade(client),
    files: createFilesFacade(client),
    platform: createPlatformFacade(client),
  };
}
