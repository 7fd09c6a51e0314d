/**
 * openrouter-fetch/videos: video generation jobs. {@link createVideo} submits one, {@link waitForVideo} polls it
 * until it is done, {@link downloadVideo} streams the video; {@link getVideo} and {@link listVideoModels}.
 *
 * @module videos
 */
export { createVideo } from "./create-video.js";
export { getVideo } from "./get-video.js";
export { waitForVideo, type WaitForVideoOptions, DEFAULT_POLL_INTERVAL, DEFAULT_VIDEO_TIMEOUT } from "./wait-for-video.js";
export { downloadVideo, type DownloadVideoOptions } from "./download-video.js";
export { listVideoModels } from "./list-video-models.js";
export { VideoJobError } from "./video-job-error.js";
export { createVideosFacade, type VideosFacade } from "./videos-facade.js";
export type { BinaryBody } from "../core/open-binary.js";
export type { VideoAspectRatio, FrameImage, VideoInputReference, VideoParams, VideoJobStatus, VideoJob, VideoModel } from "./types.js";
