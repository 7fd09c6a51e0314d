import { type Client, callOptions } from "../core/client.js";
import type { RequestOptions } from "../core/options.js";
import { requestJSON } from "../core/request.js";
import { brokenField } from "../errors/response-validation-error.js";
import { isRecord } from "../util/checks.js";
import { type PlatformSpec, managementRequest } from "./management-request.js";
import { type PaginateOptions, paginate } from "./paginate.js";

// One request-and-read per answer shape, so that each platform function is its checks plus one line: the answers
// are checked only where the SDK relies on them (`data` an object or an array), and everything else passes through.

/** `offset`/`limit` of a paged list. */
export interface PageQuery {
  /** Records to skip. @default 0 */
  offset?: number | undefined;
  /** Records to return (at most 100 on most lists). @default 50 */
  limit?: number | undefined;
}

/** One page of a list as the wire answers it: the records in `data`, and `total_count` where the endpoint reports one. */
export interface ListPage<T> {
  data: T[];
  total_count?: number;
  [key: string]: unknown;
}

/** What a delete answers. */
export interface Deleted {
  deleted: boolean;
  [key: string]: unknown;
}

/** Options of an `iterate…` function: how to walk the pages, and the options of every page's request. */
export type IterateOptions = PaginateOptions & RequestOptions;

/** A platform request; `auth: "required"` for the datasets, which take the inference key. @internal */
export type PlatformCall = PlatformSpec & { auth?: "management" | "required" };

async function send(client: Client, spec: PlatformCall, options: RequestOptions | undefined): Promise<unknown> {
  if (spec.auth !== "required") return managementRequest<unknown>(client, spec, options);
  const { data } = await requestJSON<unknown>(callOptions(client, options), { ...spec, auth: "required" });
  return data;
}

/** Sends the request and returns the object in `data` (a key, a workspace). @internal */
export async function fetchResource<T>(client: Client, what: string, spec: PlatformCall, options: RequestOptions | undefined): Promise<T> {
  const body = await send(client, spec, options);
  const data = isRecord(body) ? body["data"] : undefined;
  if (!isRecord(data)) throw brokenField(what, ["data"], data === undefined ? "is missing" : "is not an object", body);
  return data as T;
}

/** Sends the request and returns the whole answer, whose `data` must be an array (a page, a dataset). @internal */
export async function fetchList<T, A = ListPage<T>>(client: Client, what: string, spec: PlatformCall, options: RequestOptions | undefined): Promise<A> {
  const body = await send(client, spec, options);
  const data = isRecord(body) ? body["data"] : undefined;
  if (!Array.isArray(data)) throw brokenField(what, ["data"], data === undefined ? "is missing" : "is not an array", body);
  return body as A;
}

/** Sends the request and returns the whole answer, which must be an object (`{ deleted }`, `{ removed_count }`). @internal */
export async function fetchAnswer<T>(client: Client, what: string, spec: PlatformCall, options: RequestOptions | undefined): Promise<T> {
  const body = await send(client, spec, options);
  if (!isRecord(body)) throw brokenField(what, [], "is not an object", body);
  return body as T;
}

/**
 * Walks a paged list: `loadPage` is the `list…` function with its leading arguments bound. Each page's request
 * gets the per-call options and the walk's signal.
 * @internal
 */
export function iteratePages<T, Q extends PageQuery>(loadPage: (query: Q, options: RequestOptions) => Promise<ListPage<T>>, query: Omit<Q, "offset" | "limit"> | undefined, options: IterateOptions = {}): AsyncGenerator<T, void, undefined> {
  const { pageSize, limit, ...request } = options;
  return paginate<T>(
    async (offset, size, signal) => {
      const page = await loadPage({ ...query, offset, limit: size } as Q, { ...request, signal });
      return { items: page.data, total: typeof page.total_count === "number" ? page.total_count : undefined };
    },
    { pageSize, limit, signal: options.signal },
  );
}
