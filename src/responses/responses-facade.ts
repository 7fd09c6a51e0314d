import type { Client } from "../core/client.js";
import type { InferSchemaOutput, StandardSchemaV1 } from "../structured/standard-schema.js";
import { type ResponseOptions, createResponse } from "./create-response.js";
import { type ResponseStream, streamResponse } from "./stream-response.js";
import type { ResponseResult, ResponsesParams } from "./types.js";

/** The Responses API bound to a client: `openrouter.responses`. */
export interface ResponsesFacade {
  /** {@link createResponse} with this client; with a `schema`, `json` is validated and typed from it. */
  create<S extends StandardSchemaV1>(params: ResponsesParams, options: ResponseOptions<S> & { schema: S }): Promise<ResponseResult<InferSchemaOutput<S>> & { json: InferSchemaOutput<S> }>;
  /** {@link createResponse} with this client. */
  create<T = unknown>(params: ResponsesParams, options?: ResponseOptions): Promise<ResponseResult<T>>;
  /** {@link streamResponse} with this client; with a `schema`, `final().json` is validated and typed from it. */
  stream<S extends StandardSchemaV1>(params: ResponsesParams, options: ResponseOptions<S> & { schema: S }): Promise<ResponseStream<InferSchemaOutput<S>>>;
  /** {@link streamResponse} with this client. */
  stream(params: ResponsesParams, options?: ResponseOptions): Promise<ResponseStream>;
}

/**
 * The methods of `openrouter.responses`, each one line delegating to its standalone function.
 *
 * @throws nothing itself; each method throws what its function does.
 * @example
 * ```ts
 * import { createClient } from "openrouter-fetch";
 * import { createResponsesFacade } from "openrouter-fetch/responses";
 * const responses = createResponsesFacade(createClient());
 * const { text } = await responses.create({ model: "openai/gpt-4o", input: "Hi" });
 * console.log(text);
 * ```
 */
export function createResponsesFacade(client: Client): ResponsesFacade {
  return {
    create: ((params: ResponsesParams, o?: ResponseOptions) => createResponse(client, params, o)) as ResponsesFacade["create"],
    stream: ((params: ResponsesParams, o?: ResponseOptions) => streamResponse(client, params, o)) as ResponsesFacade["stream"],
  };
}
