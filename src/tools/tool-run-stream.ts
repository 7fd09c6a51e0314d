import { AbortError } from "../errors/abort-error.js";
import { SingleUseStream } from "../streaming/single-use-stream.js";
import type { RunToolsEvent, RunToolsResult, ToolRunStream } from "./types.js";

/**
 * Wraps the loop's events as a single-use {@link ToolRunStream}: iterate it, or call `final()`, which drains it
 * when nobody is reading and otherwise waits for the reader to finish.
 * @internal
 */
export function toolRunStream(loop: AsyncGenerator<RunToolsEvent, RunToolsResult, undefined>): ToolRunStream {
  // The loop hands out one event per step, so the buffer holds at most one.
  let buffered: RunToolsEvent | undefined;
  let result: RunToolsResult | undefined;
  const stream = new SingleUseStream<RunToolsEvent, RunToolsResult>(
    {
      take: () => {
        const event = buffered;
        buffered = undefined;
        return event;
      },
      fill: async () => {
        const next = await loop.next();
        if (next.done) result = next.value;
        else buffered = next.value;
        return !next.done;
      },
      result: () => result as RunToolsResult,
      cut: () => ({ error: new AbortError({ cause: new Error("The tool run was stopped by its reader (break).") }) }),
      close: async (early) => {
        // `break`: closes the current request (the stream's own `return` aborts its connection).
        if (early) await loop.return(undefined as never);
      },
    },
    "This tool run was already consumed: iterate it once, and use final() for the result.",
  );
  return {
    [Symbol.asyncIterator]: () => stream.iterator((event) => event),
    final: () => stream.final(),
  };
}
