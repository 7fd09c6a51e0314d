import { describe, expectTypeOf, it } from "vitest";
import { AbortError, ConnectionError, StreamError, type StreamSource, TimeoutError } from "../../src/errors/index.js";
import type { ChatResult } from "../../src/index.js";
import { isImageStreamFailure } from "../../src/images/index.js";
import type { StreamedImageResult } from "../../src/images/native-types.js";
import { type MessageResult, isMessageStreamFailure } from "../../src/messages/index.js";
import { type ResponseResult, isResponseStreamFailure } from "../../src/responses/index.js";

declare const error: unknown;

describe("a stream error's partial", () => {
  it("is a ChatResult by default, and says which stream it came from", () => {
    expectTypeOf<StreamError["partial"]>().toEqualTypeOf<ChatResult>();
    expectTypeOf<ConnectionError["partial"]>().toEqualTypeOf<ChatResult | undefined>();
    expectTypeOf<TimeoutError["partial"]>().toEqualTypeOf<ChatResult | undefined>();
    expectTypeOf<AbortError["partial"]>().toEqualTypeOf<ChatResult | undefined>();
    expectTypeOf<StreamError["source"]>().toEqualTypeOf<StreamSource>();
    expectTypeOf<AbortError["source"]>().toEqualTypeOf<StreamSource | undefined>();
  });

  it("is a ResponseResult once isResponseStreamFailure() has said so, without a cast", () => {
    if (isResponseStreamFailure(error)) {
      expectTypeOf(error.partial).toEqualTypeOf<ResponseResult>();
      expectTypeOf(error.partial.output).toEqualTypeOf<ResponseResult["output"]>();
      expectTypeOf(error.source).toEqualTypeOf<"responses">();
      expectTypeOf(error.message).toBeString();
    }
  });

  it("is a MessageResult once isMessageStreamFailure() has said so", () => {
    if (isMessageStreamFailure(error)) {
      expectTypeOf(error.partial).toEqualTypeOf<MessageResult>();
      expectTypeOf(error.partial.toolUses).toEqualTypeOf<MessageResult["toolUses"]>();
      expectTypeOf(error.source).toEqualTypeOf<"messages">();
    }
  });

  it("is a StreamedImageResult once isImageStreamFailure() has said so", () => {
    if (isImageStreamFailure(error)) {
      expectTypeOf(error.partial).toEqualTypeOf<StreamedImageResult>();
      expectTypeOf(error.source).toEqualTypeOf<"images">();
    }
  });

  it("keeps the class narrowing: a StreamError's code and status stay reachable", () => {
    if (isResponseStreamFailure(error) && error instanceof StreamError) {
      expectTypeOf(error.status).toBeNumber();
      expectTypeOf(error.partial).toEqualTypeOf<ResponseResult>();
    }
  });
});
