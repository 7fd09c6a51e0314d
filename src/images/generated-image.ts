import { CallControl } from "../core/call-control.js";
import { download } from "../core/transport.js";
import type { ResolvedOptions } from "../core/options.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import type { DecodedImage } from "../types/chat-result.js";
import { bytesToBase64 } from "../util/base64.js";
import { mediaTypeFromUrl, sniffMediaType } from "./media-type.js";
import type { GeneratedImage, RemoteImage } from "./types.js";

/**
 * A decoded image with its source URL and `toBlob()`.
 * @internal
 */
export function toGeneratedImage(image: DecodedImage, url: string = image.dataUrl): GeneratedImage {
  return {
    ...image,
    url,
    // decodeDataUrl and the download both make ArrayBuffer-backed arrays, which is what Blob's types ask for.
    toBlob: () => new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: image.mimeType }),
  };
}

/**
 * An image to download on request, through the client's transport (its `fetch`), signal and timeout; no SDK or app
 * headers are sent and no hooks run (the image host is not OpenRouter, and must never see the API key).
 * @internal
 */
export function toRemoteImage(url: string, options: ResolvedOptions): RemoteImage {
  return {
    url,
    mimeType: mediaTypeFromUrl(url),
    load: (loadOptions) => loadImage(url, options, loadOptions?.signal),
  };
}

async function loadImage(url: string, options: ResolvedOptions, signal: AbortSignal | undefined): Promise<GeneratedImage> {
  const callerSignal = options.signal && signal ? AbortSignal.any([options.signal, signal]) : (signal ?? options.signal);
  const control = new CallControl(callerSignal, options.apiKey);
  control.armDeadline(options.timeout, "response");
  try {
    let bytes: Uint8Array;
    let response: Response;
    try {
      response = await download(await options.transport.get(), url, control.signal, (request) => control.retain(request));
      if (!response.ok) {
        await response.body?.cancel();
        throw new ResponseValidationError(`The image at ${url} could not be downloaded: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`, {
          text: url,
        });
      }
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      if (error instanceof ResponseValidationError) throw error;
      throw control.failure(error, undefined, `could not download the image at ${url}`);
    }
    const header = response.headers.get("content-type")?.split(";", 1)[0]?.trim().toLowerCase();
    const mimeType = (header?.startsWith("image/") ? header : undefined) ?? sniffMediaType(bytes) ?? mediaTypeFromUrl(url);
    if (mimeType === undefined || !mimeType.startsWith("image/")) {
      throw new ResponseValidationError(`The download from ${url} is not an image (content-type ${header ?? "missing"}, ${bytes.length} bytes).`, { text: url });
    }
    const base64 = bytesToBase64(bytes);
    return toGeneratedImage({ mimeType, base64, bytes, dataUrl: `data:${mimeType};base64,${base64}` }, url);
  } finally {
    control.dispose();
  }
}
