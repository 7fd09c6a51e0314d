import { AbortError } from "../errors/abort-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { isWholeNumber } from "../util/checks.js";

/** How to walk a paged list. */
export interface PaginateOptions {
  /** Items per request. @default 100 */
  pageSize?: number | undefined;
  /** Stop after this many items in all. @default no limit */
  limit?: number | undefined;
  /** Stops the walk: the next page is not requested and the iterator throws `AbortError`. */
  signal?: AbortSignal | undefined;
}

/** One page as the endpoint answered it: its items, and the total when the endpoint reports one. @internal */
export interface Page<T> {
  items: readonly T[];
  total?: number | undefined;
}

/**
 * Walks an `offset`/`limit` list page by page, yielding items as they come. It stops at a short page (fewer items
 * than asked for), at the reported total, at `limit`, or when `signal` aborts.
 * @internal
 */
export async function* paginate<T>(loadPage: (offset: number, limit: number, signal: AbortSignal | undefined) => Promise<Page<T>>, options: PaginateOptions = {}): AsyncGenerator<T, void, undefined> {
  const pageSize = options.pageSize ?? 100;
  if (!isWholeNumber(pageSize, 1)) throw new ValidationError(`pageSize must be a whole number >= 1, got ${String(pageSize)}.`, { field: "pageSize" });
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (limit !== Number.POSITIVE_INFINITY && !isWholeNumber(limit, 0)) {
    throw new ValidationError(`limit must be a whole number >= 0, got ${String(limit)}.`, { field: "limit" });
  }
  let yielded = 0;
  for (let offset = 0; yielded < limit; ) {
    if (options.signal?.aborted) throw new AbortError({ cause: options.signal.reason });
    const asked = Math.min(pageSize, limit - yielded);
    const page = await loadPage(offset, asked, options.signal);
    for (const item of page.items.slice(0, asked)) {
      yielded++;
      yield item;
    }
    offset += page.items.length;
    if (page.items.length < asked || (page.total !== undefined && offset >= page.total)) return;
  }
}
