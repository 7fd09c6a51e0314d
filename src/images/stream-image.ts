import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions, ResolvedOptions } from "../core/options.js";
import { openResponse } from "../core/request.js";
import { brokenField } from "../errors/response-validation-error.js";
import { TypedEventStream, failureEvent } from "../streaming/event-stream.js";
import { isRecord } from "../util/checks.js";
import { toGeneratedImage } from "./generated-image.js";
import { addImage, decodeBase64Image, toCreateImageResult } from "./native-image-result.js";
import type { CreateImageParams, ImageGenerationItem, ImageGenerationResponse, ImageGenerationUsage, ImageStreamEvent, StreamedImageResult } from "./native-types.js";
import { prepareImage } from "./prepare-image.js";
import type { GeneratedImage, RemoteImage } from "./types.js";

/**
 * A streamed `POST /images` answer. Single use: iterate the events, or `textStream`, or call `final()` — `final()`
 * also works after (or instead of) iterating. `break` or `abort()` closes the connection.
 */
export interface ImageStream extends AsyncIterable<ImageStreamEvent> {
  /** The `content` text chunks as they come (the SVG markup of a vectorising model); nothing for raster images. */
  readonly textStream: AsyncIterable<string>;
  /** The response headers (`X-Generation-Id`, …). */
  readonly headers: Headers;
  /**
   * The finished images, decoded as {@link createImage} gives them, and the partial images before them. After a
   * `break`, what arrived until then.
   * @throws {@link StreamError} for an `error` event; {@link ResponseValidationError} for an image that cannot be read;
   * {@link TimeoutError} / {@link ConnectionError} / {@link AbortError}: each with `partial` (a StreamedImageResult).
   */
  final(): Promise<StreamedImageResult>;
  /** Cancels the request; iteration and `final()` throw `AbortError` with what had arrived. */
  abort(reason?: unknown): void;
  /** The text (default) or the events as SSE, as a web `ReadableStream`: `new Response(stream.toReadableStream({ format: "sse" }))`. */
  toReadableStream(options?: { format?: "text" | "sse" }): ReadableStream<Uint8Array>;
}

/**
 * Generates images through the native image API with `stream: true` (`POST /images`,
 * https://openrouter.ai/docs/guides/overview/multimodal/image-generation): partial images arrive as
 * `image_generation.partial_image` events, each finished image as `image_generation.completed`, and `final()`
 * gives the same decoded images as {@link createImage}. Only providers with native streaming (OpenAI's, today) send
 * partial images; the others answer with the buffered JSON, which this stream then hands out as one
 * `image_generation.completed` event per image. Resolves once the headers arrive (HTTP errors, after retries, are
 * thrown here). `timeout` covers the wait for the first event, `idleTimeout` any silence after it.
 *
 * @throws {@link ValidationError} before sending, for bad input (as {@link createImage}).
 * @throws {@link APIError} (a per-status subclass), {ResponseValidationError} (a buffered answer with no readable image,
 * or an HTML page), {ConnectionError}, {TimeoutError} or {AbortError} before the events start.
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { createClient } from "openrouter-fetch";
 * import { streamImage } from "openrouter-fetch/images";
 * const answer = await streamImage(createClient(), { model: "openai/gpt-image-1", prompt: "a lighthouse at dusk" });
 * for await (const event of answer) {
 *   if (event.type === "image_generation.partial_image") console.log("preview", event.partial_image_index);
 * }
 * const { images, partialImages, usage } = await answer.final();
 * await writeFile("lighthouse.png", images[0]!.bytes);
 * console.log(partialImages.length, "previews, cost:", usage?.cost);
 * ```
 */
export async function streamImage(client: Client, params: CreateImageParams, options?: RequestOptions): Promise<ImageStream> {
  const resolved = callOptions(client, options);
  const body = { ...(await prepareImage(params, "streamImage")), stream: true };
  const opened = await openResponse(resolved, { method: "POST", path: "images", body, auth: "required", successBody: "stream-or-json" }, "an event stream or the images");
  const { control } = opened;
  let response = opened.response;
  const buffered = opened.json === undefined ? undefined : toCreateImageResult(opened.json, body.model, response.headers, resolved);
  if (buffered) response = asEvents(response, buffered.raw);
  control.armIdle(resolved.idleTimeout);
  const images = new StreamedImages(body.model, response.headers, resolved, buffered?.raw);
  return new TypedEventStream<ImageStreamEvent, StreamedImageResult>({
    response,
    control,
    source: "images",
    apiKey: resolved.apiKey,
    add: (event) => {
      if (event.type !== "error") return images.add(event);
      const error = isRecord(event["error"]) ? event["error"] : { message: "The image generation failed." };
      return failureEvent("images", response, resolved.apiKey, { error }, images.result());
    },
    complete: () => images.completed > 0,
    textOf: (event) => (event.type === "image_generation.text_chunk" && event["phase"] === "content" && typeof event["text"] === "string" ? event["text"] : undefined),
    result: () => images.result(),
    consumedMessage: "This image stream was already consumed: iterate it once (events or textStream); final() gives the images.",
  });
}

/** The images of a stream as they add up, each decoded once, when its event comes. */
class StreamedImages {
  readonly #images: GeneratedImage[] = [];
  readonly #remoteImages: RemoteImage[] = [];
  readonly #partialImages: GeneratedImage[] = [];
  readonly #data: ImageGenerationItem[] = [];
  #created: number | undefined;
  #usage: ImageGenerationUsage | undefined;
  #text = "";
  completed = 0;

  constructor(
    readonly model: string,
    readonly headers: Headers,
    readonly options: ResolvedOptions,
    /** The buffered JSON answer, when the provider did not stream: then it is `raw`. */
    readonly buffered: ImageGenerationResponse | undefined,
  ) {}

  /** @throws {@link ResponseValidationError} for an image that cannot be read, naming the event's field. */
  add(event: ImageStreamEvent): undefined {
    const e = event as Record<string, unknown>;
    if (event.type === "image_generation.partial_image") {
      const path = [event.type, "b64_json"];
      if (typeof e["b64_json"] !== "string") throw brokenField("POST /images", path, "is missing (expected the partial image, base64)", event);
      this.#partialImages.push(toGeneratedImage(decodeBase64Image(e["b64_json"], undefined, path, event)));
    } else if (event.type === "image_generation.completed") {
      addImage(event, [event.type], event, this.options, this.#images, this.#remoteImages);
      const { type: _type, created, usage, ...item } = e;
      this.#data.push(item);
      if (typeof created === "number") this.#created ??= created;
      if (isRecord(usage)) this.#usage = usage;
      this.completed++;
    } else if (event.type === "image_generation.text_chunk" && e["phase"] === "content" && typeof e["text"] === "string") {
      this.#text += e["text"];
    }
    return undefined;
  }

  result(): StreamedImageResult {
    const assembled = { ...(this.#created !== undefined && { created: this.#created }), data: [...this.#data], ...(this.#usage && { usage: this.#usage }) };
    const raw = this.buffered ?? (assembled as ImageGenerationResponse);
    return {
      images: [...this.#images],
      remoteImages: [...this.#remoteImages],
      partialImages: [...this.#partialImages],
      model: this.model,
      usage: this.#usage,
      generationId: this.headers.get("x-generation-id") ?? undefined,
      raw,
      ...(this.#text && { text: this.#text }),
    };
  }
}

/** A buffered answer as the events a stream would have sent: one `image_generation.completed` per image, `[DONE]`. */
function asEvents(response: Response, answer: ImageGenerationResponse): Response {
  const last = answer.data.length - 1;
  const events = answer.data.map((item, i) => {
    const event = { ...item, type: "image_generation.completed", created: answer.created, ...(i === last && answer.usage && { usage: answer.usage }) };
    return `data: ${JSON.stringify(event)}\n\n`;
  });
  return new Response(`${events.join("")}data: [DONE]\n\n`, { status: response.status, headers: response.headers });
}
