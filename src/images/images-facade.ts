import type { Client } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { createImage } from "./create-image.js";
import { type GenerateImageOptions, generateImage } from "./generate-image.js";
import { listImageModelEndpoints } from "./list-image-model-endpoints.js";
import { listImageModels } from "./list-image-models.js";
import { type ImageStream, streamImage } from "./stream-image.js";
import type { CreateImageParams, CreateImageResult, ImageModel, ImageModelEndpoint } from "./native-types.js";
import type { GenerateImageParams, ImageResult } from "./types.js";

/** The images methods of the facade: the chat route, the native route and its catalog, bound to one client. */
export interface ImagesFacade {
  /** {@link generateImage} with this client (chat completions with image modalities). */
  generate(params: GenerateImageParams, options?: GenerateImageOptions): Promise<ImageResult>;
  /** {@link createImage} with this client (the native `POST /images`). */
  create(params: CreateImageParams, options?: RequestOptions): Promise<CreateImageResult>;
  /** {@link streamImage} with this client (the native `POST /images` with `stream: true`: partial images). */
  stream(params: CreateImageParams, options?: RequestOptions): Promise<ImageStream>;
  /** {@link listImageModels} with this client. */
  models(options?: RequestOptions): Promise<ImageModel[]>;
  /** {@link listImageModelEndpoints} with this client. */
  endpoints(id: string, options?: RequestOptions): Promise<ImageModelEndpoint[]>;
}

/**
 * The images methods of {@link createOpenRouter}: each one line delegating to its standalone function.
 *
 * @throws Nothing itself; each method throws what its function does.
 * @example
 * ```ts
 * import { createClient, createImagesFacade } from "openrouter-fetch/images";
 * const images = createImagesFacade(createClient());
 * const { images: [image] } = await images.create({ model: "bytedance-seed/seedream-4.5", prompt: "a red fox" });
 * console.log(image?.mimeType);
 * ```
 */
export function createImagesFacade(client: Client): ImagesFacade {
  return {
    generate: (params, o) => generateImage(client, params, o),
    create: (params, o) => createImage(client, params, o),
    stream: (params, o) => streamImage(client, params, o),
    models: (o) => listImageModels(client, o),
    endpoints: (id, o) => listImageModelEndpoints(client, id, o),
  };
}
