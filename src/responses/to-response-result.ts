import { brokenField } from "../errors/response-validation-error.js";
import { sniffMediaType } from "../images/media-type.js";
import { decodeDataUrl } from "../postprocess/decode-data-url.js";
import { reasoningFallback } from "../postprocess/reasoning-fallback.js";
import { parseToolArguments, readJsonAnswer } from "../structured/json-answer.js";
import type { ChatResult, DecodedImage } from "../types/chat-result.js";
import { base64ToBytes } from "../util/base64.js";
import { isRecord } from "../util/checks.js";
import type {
  ResponseFunctionCall,
  ResponseImageGenerationCall,
  ResponseObject,
  ResponseReasoningItem,
  ResponseResult,
  ResponseToolCall,
  ResponsesParams,
} from "./types.js";

const what = "POST /responses";

/**
 * Checks the fields of a Responses answer the SDK reads (`id`, `output` and, per item, what `text`, `toolCalls`
 * and `images` are made of) and keeps everything else as it came.
 *
 * @throws {@link ResponseValidationError} naming the broken field, e.g. `output[1].arguments`.
 * @internal
 */
export function checkResponseObject(body: unknown): ResponseObject {
  if (!isRecord(body)) throw brokenField(what, ["(body)"], "is not an object", body);
  if (typeof body["id"] !== "string") throw brokenField(what, ["id"], body["id"] === undefined ? "is missing" : "is not a string", body);
  const output = body["output"];
  if (!Array.isArray(output)) throw brokenField(what, ["output"], output === undefined ? "is missing" : "is not an array", body);
  output.forEach((item: unknown, i) => {
    if (!isRecord(item) || typeof item["type"] !== "string") throw brokenField(what, ["output", i, "type"], "is not a string", body);
    const need = (field: string, ok: (value: unknown) => boolean, kind: string) => {
      if (!ok(item[field])) throw brokenField(what, ["output", i, field], item[field] === undefined ? "is missing" : `is not ${kind}`, body);
    };
    if (item["type"] === "message") need("content", Array.isArray, "an array");
    if (item["type"] === "function_call") {
      for (const field of ["call_id", "name", "arguments"]) need(field, (v) => typeof v === "string", "a string");
    }
    if (item["type"] === "reasoning" && item["summary"] !== undefined) need("summary", Array.isArray, "an array");
  });
  return body as ResponseObject;
}

/**
 * The conveniences of a Responses answer over its untouched wire object: the text joined, the reasoning
 * summaries, function calls, decoded images, the generation id. The reasoning fallback and JSON extraction of
 * the post-processors apply (a JSON `text.format` gives `json`); `schema` validation is the caller's.
 * @internal
 */
export function toResponseResult(raw: ResponseObject, headers: Headers | undefined, params: ResponsesParams): ResponseResult {
  let text = "";
  const summaries: string[] = [];
  const reasoningTexts: string[] = [];
  const toolCalls: ResponseToolCall[] = [];
  const images: DecodedImage[] = [];
  for (const item of raw.output) {
    if (item.type === "message" && Array.isArray(item["content"])) {
      for (const part of item["content"] as { type?: unknown; text?: unknown }[]) {
        if (part?.type === "output_text" && typeof part.text === "string") text += part.text;
      }
    } else if (item.type === "function_call") {
      toolCalls.push(toolCall(item as ResponseFunctionCall));
    } else if (item.type === "reasoning") {
      const reasoning = item as ResponseReasoningItem;
      for (const part of reasoning.summary ?? []) if (typeof part?.text === "string") summaries.push(part.text);
      for (const part of reasoning.content ?? []) if (typeof part?.text === "string") reasoningTexts.push(part.text);
    } else if (item.type === "image_generation_call") {
      const image = decodeImage((item as ResponseImageGenerationCall).result);
      if (image) images.push(image);
    }
  }
  const joined = (summaries.length > 0 ? summaries : reasoningTexts).join("\n\n");
  const result: ResponseResult = {
    text,
    reasoning: joined === "" ? undefined : joined,
    toolCalls,
    images,
    json: undefined,
    usage: raw.usage ?? undefined,
    status: raw.status,
    id: raw.id,
    generationId: headers?.get("x-generation-id") ?? raw.id,
    model: typeof raw.model === "string" ? raw.model : (params.model ?? ""),
    output: raw.output,
    raw,
  };
  // reasoningFallback reads only `text`, `reasoning` and `toolCalls`, which a ResponseResult has with the same meaning.
  const fallback = reasoningFallback(result as unknown as ChatResult, { params: {} }) as unknown as ResponseResult;
  const format = params.text?.format?.type;
  if (format === "json_object" || format === "json_schema") {
    fallback.json = readJsonAnswer(fallback.text, fallback.model, raw.status === "incomplete" ? raw.incomplete_details?.reason : undefined);
  }
  return fallback;
}

function toolCall(item: ResponseFunctionCall): ResponseToolCall {
  // An empty argument string is how some providers say "no arguments".
  const args = item.arguments === "" ? "{}" : item.arguments;
  return { callId: item.call_id, name: item.name, arguments: args, parseArguments: () => parseToolArguments(item.name, args), item };
}

/** An image result: a `data:` URL, or (what the wire sends) bare base64 whose type its first bytes tell. */
function decodeImage(result: unknown): DecodedImage | undefined {
  if (typeof result !== "string" || result === "") return undefined;
  if (result.startsWith("data:")) return decodeDataUrl(result);
  const base64 = result.replace(/\s+/g, "");
  const bytes = base64ToBytes(base64);
  if (bytes === undefined) return undefined;
  const mimeType = sniffMediaType(bytes) ?? "image/png";
  return { mimeType, base64, bytes, dataUrl: `data:${mimeType};base64,${base64}` };
}
