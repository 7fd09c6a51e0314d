import type { Client } from "../core/client.js";
import type { BinaryBody } from "../core/open-binary.js";
import type { RequestOptions } from "../core/options.js";
import { createVideo } from "./create-video.js";
import { type DownloadVideoOptions, downloadVideo } from "./download-video.js";
import { getVideo } from "./get-video.js";
import { listVideoModels } from "./list-video-models.js";
import type { VideoJob, VideoModel, VideoParams } from "./types.js";
import { type WaitForVideoOptions, waitForVideo } from "./wait-for-video.js";

/** The video endpoints bound to a client: `createOpenRouter().videos`. */
export interface VideosFacade {
  /** {@link createVideo} with this client. */
  create(params: VideoParams, options?: RequestOptions): Promise<VideoJob>;
  /** {@link getVideo} with this client. */
  get(job: string | { id: string }, options?: RequestOptions): Promise<VideoJob>;
  /** {@link waitForVideo} with this client. */
  wait(job: string | VideoJob, options?: WaitForVideoOptions): Promise<VideoJob>;
  /** {@link downloadVideo} with this client. */
  download(job: string | { id: string }, options?: DownloadVideoOptions): Promise<BinaryBody>;
  /** {@link listVideoModels} with this client. */
  models(options?: RequestOptions): Promise<VideoModel[]>;
}

/**
 * The video methods of the facade, each one line delegating to its standalone function.
 *
 * @throws nothing itself; each method throws what its function throws.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { createVideosFacade } from "openrouter-fetch/videos";
 * const videos = createVideosFacade(createClient());
 * const done = await videos.wait(await videos.create({ model: "google/veo-3.1", prompt: "A paper boat on a river" }));
 * ```
 */
export function createVideosFacade(client: Client): VideosFacade {
  return {
    create: (params, o) => createVideo(client, params, o),
    get: (job, o) => getVideo(client, job, o),
    wait: (job, o) => waitForVideo(client, job, o),
    download: (job, o) => downloadVideo(client, job, o),
    models: (o) => listVideoModels(client, o),
  };
}
