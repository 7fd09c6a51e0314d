import { AbortError } from "../errors/abort-error.js";
import type { RunToolsEvent, RunToolsResult, ToolRunStream } from "./types.js";

type Outcome = { result: RunToolsResult } | { error: unknown };

/**
 * Wraps the loop's events as a single-use {@link ToolRunStream}: iterate it, or call `final()`, which drains it
 * when nobody is reading and otherwise waits for the reader to finish.
 * @internal
 */
export function toolRunStream(loop: AsyncGenerator<RunToolsEvent, RunToolsResult, undefined>): ToolRunStream {
  let started = false;
  let reading = false;
  let outcome: Outcome | undefined;
  let waiters: (() => void)[] = [];
  const settle = (value: Outcome): void => {
    if (outcome) return;
    outcome = value;
    for (const wake of waiters) wake();
    waiters = [];
  };
  const step = async (): Promise<IteratorResult<RunToolsEvent, undefined>> => {
    if (outcome) {
      if ("error" in outcome) throw outcome.error;
      return { done: true, value: undefined };
    }
    reading = true;
    try {
      const next = await loop.next();
      if (!next.done) return next;
      settle({ result: next.value });
      return { done: true, value: undefined };
    } catch (error) {
      settle({ error });
      throw error;
    } finally {
      reading = false;
    }
  };
  return {
    [Symbol.asyncIterator](): AsyncIterator<RunToolsEvent, undefined> {
      if (started) throw new TypeError("This tool run was already consumed: iterate it once, and use final() for the result.");
      started = true;
      return {
        next: step,
        return: async () => {
          if (!outcome) {
            // `break`: closes the current request (the stream's own `return` aborts its connection).
            settle({ error: new AbortError({ cause: new Error("The tool run was stopped by its reader (break).") }) });
            await loop.return(undefined as never);
          }
          return { done: true, value: undefined };
        },
      };
    },
    async final(): Promise<RunToolsResult> {
      started = true;
      if (!outcome && !reading) {
        try {
          while (!(await step()).done);
        } catch {
          // settled by step()
        }
      }
      if (!outcome) await new Promise<void>((resolve) => waiters.push(resolve));
      const settled = outcome as Outcome;
      if ("error" in settled) throw settled.error;
      return settled.result;
    },
  };
}
