import type { Client } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { brokenField } from "../errors/response-validation-error.js";
import { isRecord } from "../util/checks.js";
import { type ListPage, type ListQuery, iteratePages } from "./list-pages.js";
import type { PlatformSpec } from "./management-request.js";
import type { PaginateOptions } from "./paginate.js";
import { platformRequest } from "./platform-request.js";
import { readItem, readList } from "./read-body.js";

// One request-and-read per answer shape, so that each function of BYOK, observability, workspaces, organization,
// SCIM, analytics and the datasets is its checks plus one line (on platformRequest and read-body's readers).

/** Options of an `iterate…` function: how to walk the pages, and the options of every page's request. */
export type IterateOptions = PaginateOptions & RequestOptions;

/** A platform request; `auth: "required"` for the datasets, which take the inference key. @internal */
export type PlatformCall = PlatformSpec & { auth?: "management" | "required" };

const send = (client: Client, spec: PlatformCall, options: RequestOptions | undefined): Promise<unknown> =>
  platformRequest<unknown>(client, spec.auth ?? "management", spec, options);

/** Sends the request and returns the object in `data` (a key, a workspace). @internal */
export async function fetchResource<T>(client: Client, what: string, spec: PlatformCall, options: RequestOptions | undefined): Promise<T> {
  return readItem<T>(await send(client, spec, options), what);
}

/** Sends the request and returns the whole answer, whose `data` must be an array of objects (a page, a dataset). @internal */
export async function fetchList<T, A extends { data: readonly unknown[] } = ListPage<T>>(client: Client, what: string, spec: PlatformCall, options: RequestOptions | undefined): Promise<A> {
  return readList<A>(await send(client, spec, options), what);
}

/** Sends the request and returns the whole answer, which must be an object (`{ deleted }`, `{ removed_count }`). @internal */
export async function fetchAnswer<T>(client: Client, what: string, spec: PlatformCall, options: RequestOptions | undefined): Promise<T> {
  const body = await send(client, spec, options);
  if (!isRecord(body)) throw brokenField(what, [], "is not an object", body);
  return body as T;
}

/**
 * Walks a paged list with a query: `loadPage` is the `list…` function with its leading arguments bound; each
 * page's request gets the query, the page's `offset`/`limit`, the per-call options and the walk's signal.
 * @internal
 */
export function iterateQueryPages<T, Q extends ListQuery>(loadPage: (query: Q, options: RequestOptions) => Promise<ListPage<T>>, query: Omit<Q, "offset" | "limit"> | undefined, options: IterateOptions = {}): AsyncGenerator<T, void, undefined> {
  const { pageSize, limit, signal, ...request } = options;
  return iteratePages<T>((paging, pageOptions) => loadPage({ ...query, ...paging } as Q, { ...request, ...pageOptions }), { pageSize, limit, signal });
}

export type { ListPage, ListQuery } from "./list-pages.js";
export type { Deleted } from "./keys/types.js";
