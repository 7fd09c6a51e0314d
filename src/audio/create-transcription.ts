import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { type FieldsOf, requestBody } from "../core/request-body.js";
import { requestJSON } from "../core/request.js";
import { brokenField } from "../errors/response-validation-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { checkModelId } from "../models/model-id.js";
import { isNonEmptyString, isRecord } from "../util/checks.js";
import { audioBase64, isBlob } from "./audio-data.js";
import type { Transcription, TranscriptionJSONParams, TranscriptionParams, TranscriptionUploadParams } from "./types.js";

const transcriptionFields: FieldsOf<TranscriptionJSONParams & TranscriptionUploadParams> = {
  model: true, language: true, response_format: true, temperature: true, timestamp_granularities: true, provider: true,
  input_audio: true, file: true, filename: true,
};

/** The multipart limit of the endpoint; larger audio goes as base64 JSON. */
const MAX_UPLOAD = 25 * 1024 * 1024;
const what = "POST /audio/transcriptions";

/**
 * Transcribes audio (`POST /audio/transcriptions`). Give `input_audio: { data, format }` (bytes, a Blob or base64:
 * sent as base64 JSON, any size) or `file` (bytes or a Blob, with a `filename` whose extension names the format:
 * sent as a multipart upload of at most 25 MB, rebuilt for each retry). `response_format: "verbose_json"` adds
 * `segments`, `duration` and `language`, and `timestamp_granularities: ["word"]` the `words`.
 *
 * @throws {@link ValidationError} before sending, for a missing model, no audio (or both kinds), empty audio, a `file`
 * over 25 MB or without a name, or when the client has no API key.
 * @throws {@link ResponseValidationError} when the answer has no `text`, or `segments`/`words` that are not lists.
 * @throws {@link APIError} (a per-status subclass) when OpenRouter answers with an error, including in an HTTP 200 body.
 * @throws {@link ConnectionError} / {TimeoutError} / {AbortError} when the request could not complete.
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { createClient } from "openrouter-fetch";
 * import { createTranscription } from "openrouter-fetch/audio";
 * const transcript = await createTranscription(createClient(), {
 *   model: "openai/whisper-large-v3",
 *   input_audio: { data: await readFile("meeting.wav"), format: "wav" },
 *   response_format: "verbose_json",
 * });
 * console.log(transcript.text, transcript.segments?.length, transcript.usage?.cost);
 * ```
 */
export async function createTranscription(client: Client, params: TranscriptionParams, options?: RequestOptions): Promise<Transcription> {
  const resolved = callOptions(client, options);
  if (!isRecord(params as unknown)) {
    throw new ValidationError('createTranscription() takes { model, input_audio } or { model, file }, e.g. { model: "openai/whisper-large-v3", input_audio: { data, format: "wav" } }.', { field: "params" });
  }
  if (!isNonEmptyString(params.model)) throw new ValidationError('createTranscription() needs a model, e.g. "openai/whisper-large-v3".', { field: "model" });
  if (resolved.checkModelIds) checkModelId(params.model);
  const hasFile = "file" in params && params.file !== undefined;
  const hasJSON = "input_audio" in params && params.input_audio !== undefined;
  if (hasFile === hasJSON) {
    throw new ValidationError("createTranscription() takes the audio once: input_audio (base64 JSON) or file (a multipart upload).", { field: hasFile ? "file" : "input_audio" });
  }
  // extra's fields become form fields of an upload, as they are JSON fields of a base64 body.
  const fields = requestBody(params, "TranscriptionParams", transcriptionFields) as TranscriptionParams;
  const spec = hasFile ? { form: await uploadForm(fields as TranscriptionUploadParams) } : { body: await jsonBody(fields) };
  const { data } = await requestJSON<unknown>(resolved, { method: "POST", path: "audio/transcriptions", ...spec });
  return readTranscription(data);
}

async function jsonBody(params: TranscriptionParams): Promise<Record<string, unknown>> {
  const { input_audio } = params as { input_audio: { data: unknown; format: unknown } };
  if (!isRecord(input_audio)) throw new ValidationError("input_audio is { data, format }.", { field: "input_audio" });
  if (!isNonEmptyString(input_audio.format)) {
    throw new ValidationError('input_audio.format names the audio format, e.g. "wav" or "mp3".', { field: "input_audio.format" });
  }
  // The wire takes raw base64, not a data: URL.
  const data = await audioBase64(input_audio.data as Uint8Array, "input_audio.data");
  return { ...params, input_audio: { ...input_audio, data } };
}

/** Reads the audio once; the returned function builds a fresh FormData from it for every attempt. */
async function uploadForm(params: TranscriptionUploadParams): Promise<() => FormData> {
  const { file, filename, ...fields } = params;
  if (!isBlob(file) && !(file instanceof Uint8Array)) throw new ValidationError("file takes bytes or a Blob (a File works).", { field: "file" });
  const name = filename ?? ("name" in file && typeof file.name === "string" && file.name !== "" ? file.name : undefined);
  if (!isNonEmptyString(name)) {
    throw new ValidationError('file needs a filename whose extension names the format, e.g. { file, filename: "note.wav" }.', { field: "filename" });
  }
  const blob = isBlob(file) ? file : new Blob([file as Uint8Array<ArrayBuffer>]);
  if (blob.size === 0) throw new ValidationError("file is empty: pass the audio's bytes.", { field: "file" });
  if (blob.size > MAX_UPLOAD) {
    throw new ValidationError(`file is ${blob.size} bytes, over the 25 MB upload limit: send it as input_audio (base64 JSON) instead.`, { field: "file" });
  }
  return () => {
    const form = new FormData();
    form.set("file", blob, name);
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      if (key === "timestamp_granularities" && Array.isArray(value)) for (const g of value) form.append("timestamp_granularities[]", String(g));
      else form.set(key, typeof value === "object" ? JSON.stringify(value) : String(value));
    }
    return form;
  };
}

function readTranscription(data: unknown): Transcription {
  if (!isRecord(data)) throw brokenField(what, [], "is not an object", data);
  if (typeof data["text"] !== "string") throw brokenField(what, ["text"], data["text"] === undefined ? "is missing" : "is not a string", data);
  for (const list of ["segments", "words"] as const) {
    if (data[list] !== undefined && data[list] !== null && !Array.isArray(data[list])) throw brokenField(what, [list], "is not a list", data);
  }
  return data as Transcription;
}
