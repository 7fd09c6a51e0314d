import { checkRequestModelId } from "../models/model-id.js";
import type { ResolvedOptions } from "../core/options.js";
import { requestBody } from "../core/request-body.js";
import { ValidationError } from "../errors/validation-error.js";
import { defaultPostProcessors, prepareRequest } from "../postprocess/default-post-processors.js";
import { type StructuredOutputOptions, structuredRequest, wantsStructuredOutput } from "../structured/structured-output.js";
import { chatFields } from "../types/chat-fields.js";
import type { ChatParams } from "../types/chat-params.js";
import type { ChatResult } from "../types/chat-result.js";
import type { PostProcessContext, PostProcessor } from "../types/post-processor.js";

/** A request ready to send, with what is needed to post-process its answer. @internal */
export interface PreparedChat {
  body: ChatParams;
  processors: readonly PostProcessor[];
  context: PostProcessContext;
  /** With a `schema`: extracts and validates the answer's JSON, after the post-processors. */
  parse?: ((result: ChatResult) => Promise<ChatResult>) | undefined;
}

/**
 * Checks a chat request and turns it into the body to send: `prompt` becomes a user message, the default model
 * fills a missing one, and the post-processors' request-side steps run. Everything here throws before sending.
 * @internal
 */
export async function prepareChat(
  params: ChatParams,
  options: ResolvedOptions,
  stream: boolean,
  structured?: StructuredOutputOptions,
): Promise<PreparedChat> {
  if (typeof params !== "object" || params === null || Array.isArray(params)) {
    throw new ValidationError("Chat params must be an object such as { model, messages }.", { field: "params" });
  }
  const { prompt, stream: asked, ...rest } = requestBody(params, "ChatParams", chatFields);
  if (asked !== undefined && asked !== stream) {
    throw new ValidationError("Drop `stream`: chat() never streams and stream() always does.", { field: "stream" });
  }
  const messages = checkMessages(prompt, rest.messages);
  // Built without `stream` for chat() rather than deleted after: a `delete` turns the object into a slow dictionary.
  let body: ChatParams = stream ? { ...rest, messages, stream } : { ...rest, messages };
  if (body.model === undefined && body.models === undefined && options.defaultModel !== undefined) body.model = options.defaultModel;
  await checkModels(body, options);
  const processors = options.postProcessors ?? defaultPostProcessors;
  const context: PostProcessContext = { params: { ...params, messages }, catalog: options.catalog, debug: options.debug };
  const schema = wantsStructuredOutput(structured) ? await structuredRequest(body, structured, options.catalog, options.debug) : undefined;
  if (schema) body = schema.body;
  return { body: await prepareRequest(processors, body, context), processors, context, parse: schema?.parse };
}

function checkMessages(prompt: unknown, messages: ChatParams["messages"]): NonNullable<ChatParams["messages"]> {
  if (prompt !== undefined && messages !== undefined) {
    throw new ValidationError("Give either `prompt` or `messages`, not both.", { field: "prompt" });
  }
  if (prompt !== undefined) {
    if (typeof prompt !== "string" || prompt.trim() === "") {
      throw new ValidationError("`prompt` must be a non-empty string.", { field: "prompt" });
    }
    return [{ role: "user", content: prompt }];
  }
  if (messages === undefined) {
    throw new ValidationError("Nothing to send: give `messages` (an array of { role, content }) or a `prompt` string.", { field: "messages" });
  }
  if (!Array.isArray(messages) || messages.length === 0) {
    throw new ValidationError("`messages` must be a non-empty array of { role, content } objects.", { field: "messages" });
  }
  messages.forEach((message, i) => {
    if (typeof message !== "object" || message === null || typeof (message as { role?: unknown }).role !== "string") {
      throw new ValidationError(`messages[${i}] must be an object with a \`role\` ("system", "user", "assistant" or "tool").`, {
        field: `messages.${i}`,
      });
    }
  });
  return messages;
}

async function checkModels(body: ChatParams, options: ResolvedOptions): Promise<void> {
  const checkDates = options.checkModelIds;
  if (body.model !== undefined) {
    if (typeof body.model !== "string" || body.model.trim() === "") {
      throw new ValidationError('`model` is empty: name a model such as "openai/gpt-4.1-nano".', { field: "model" });
    }
    if (checkDates) await checkRequestModelId(body.model, options.catalog);
  }
  if (body.models !== undefined) {
    if (!Array.isArray(body.models) || body.models.some((m) => typeof m !== "string" || m.trim() === "")) {
      throw new ValidationError("`models` must be an array of model ids, tried in order.", { field: "models" });
    }
    if (checkDates) for (const model of body.models) await checkRequestModelId(model, options.catalog);
  }
}
