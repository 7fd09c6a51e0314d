import type { RequestOptions } from "../core/options.js";
import { ValidationError } from "../errors/validation-error.js";
import { isWholeNumber } from "../util/checks.js";
import { type PaginateOptions, paginate } from "./paginate.js";

/** The paging fields of a list query (`offset`/`limit`, as the wire names them). */
export interface ListQuery {
  /** Items to skip. */
  offset?: number | undefined;
  /** Items per page. */
  limit?: number | undefined;
}

/** One page of a list as the wire sends it: the items in `data`, the total when the endpoint reports one. */
export interface ListPage<T> {
  data: T[];
  /** How many items exist in all (not every list reports it). */
  total_count?: number | undefined;
  [key: string]: unknown;
}

/** The query with its paging fields checked (whole numbers; `limit` at least 1). @internal */
export function pagingQuery<Q extends ListQuery>(query: Q | undefined): Q {
  for (const [field, min] of [["offset", 0], ["limit", 1]] as const) {
    const value = query?.[field];
    if (value !== undefined && !isWholeNumber(value, min)) {
      throw new ValidationError(`${field} must be a whole number >= ${min}, got ${JSON.stringify(value) ?? String(value)}.`, { field });
    }
  }
  return (query ?? {}) as Q;
}

/**
 * Every item of a paged list, page after page: `loadPage` is the list function of one page, called with the
 * query's paging fields and the walk's signal.
 * @internal
 */
export function iteratePages<T>(loadPage: (paging: Required<ListQuery>, options: RequestOptions) => Promise<ListPage<T>>, options: PaginateOptions = {}): AsyncGenerator<T, void, undefined> {
  return paginate(async (offset, limit, signal) => {
    const page = await loadPage({ offset, limit }, signal ? { signal } : {});
    return { items: page.data, total: typeof page.total_count === "number" ? page.total_count : undefined };
  }, options);
}
