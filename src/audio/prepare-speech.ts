import { ValidationError } from "../errors/validation-error.js";
import { checkModelId } from "../models/model-id.js";
import { isNonEmptyString, isRecord } from "../util/checks.js";
import { audioBase64 } from "./audio-data.js";
import type { SpeechParams } from "./types.js";
import { type FieldsOf, requestBody } from "../core/request-body.js";

/**
 * The checked wire body of a speech request, its voice samples encoded as base64.
 * @internal
 */
export async function prepareSpeech(params: SpeechParams, checkIds: boolean): Promise<Record<string, unknown>> {
  if (!isRecord(params)) {
    throw new ValidationError('createSpeech() takes { model, input }, e.g. { model: "openai/gpt-4o-mini-tts", input: "Hello" }.', { field: "params" });
  }
  if (!isNonEmptyString(params.model)) throw new ValidationError('createSpeech() needs a model, e.g. "openai/gpt-4o-mini-tts".', { field: "model" });
  if (checkIds) checkModelId(params.model);
  if (!isNonEmptyString(params.input)) throw new ValidationError("createSpeech() needs the text to speak in input.", { field: "input" });
  if (params.voice !== undefined && !isNonEmptyString(params.voice)) throw new ValidationError("voice must be a non-empty string.", { field: "voice" });
  if (params.speed !== undefined && !(typeof params.speed === "number" && params.speed > 0 && Number.isFinite(params.speed))) {
    throw new ValidationError(`speed must be a number > 0, got ${String(params.speed)}.`, { field: "speed" });
  }
  const body = requestBody(params, "SpeechParams", speechFields);
  const refs = params.input_references;
  if (refs === undefined) return { ...body };
  if (!Array.isArray(refs) || refs.length === 0) {
    throw new ValidationError("input_references is a list: one input_audio part (the voice sample), optionally one text part.", { field: "input_references" });
  }
  const input_references = await Promise.all(
    refs.map(async (ref, i) => {
      const field = `input_references[${i}]`;
      if (ref?.type === "text") {
        if (typeof ref.text !== "string" || ref.text === "") throw new ValidationError(`${field}.text must be the sample's transcript.`, { field: `${field}.text` });
        return ref;
      }
      if (ref?.type !== "input_audio" || !isRecord(ref.input_audio)) {
        throw new ValidationError(`${field} is { type: "input_audio", input_audio: { data } } or { type: "text", text }.`, { field });
      }
      // The wire takes base64 or a data: URL: a data URL given is kept (it names the type), bytes become base64.
      const data = await audioBase64(ref.input_audio.data, `${field}.input_audio.data`, true);
      return { ...ref, input_audio: { ...ref.input_audio, data } };
    }),
  );
  return { ...body, input_references };
}

const speechFields: FieldsOf<SpeechParams> = {
  model: true, input: true, voice: true, response_format: true, speed: true, input_references: true, provider: true,
};
