import { type Client, callOptions } from "../core/client.js";
import { ValidationError } from "../errors/validation-error.js";
import type { ModelLookup } from "../types/model-lookup.js";
import { listModels } from "./list-models.js";
import type { Model } from "./types.js";

/** Options of {@link createModelCatalog}. */
export interface ModelCatalogOptions {
  /** Milliseconds a fetched list is reused before the next call fetches again (`Infinity`: never). @default 3600000 (1 hour) */
  ttl?: number | undefined;
}

/**
 * A cached model catalog, every modality included. Pass it as the client option `catalog` and the modality guard,
 * model-id suggestions and structured-output checks use it.
 */
export interface ModelCatalog extends ModelLookup {
  /** Every model (text, image, audio, embeddings…), fetched at most once per `ttl`. Do not mutate the array. */
  models(): Promise<readonly Model[]>;
  /** A model by id or `canonical_slug`; a variant suffix (`:free`, `:online`) falls back to the base model. */
  get(id: string): Promise<Model | undefined>;
  /** Fetches now, whatever the TTL says, and returns the new list. */
  refresh(): Promise<readonly Model[]>;
}

interface Snapshot {
  models: Model[];
  byId: Map<string, Model>;
  fetchedAt: number;
}

/** Default {@link ModelCatalogOptions.ttl}: one hour (the list is cached at OpenRouter's edge anyway). */
export const DEFAULT_CATALOG_TTL = 3_600_000;

/**
 * Creates a model catalog: a cache over `listModels(client, { output_modalities: "all" })`. Concurrent callers
 * share one request; the list is reused for `ttl` ms; if a later refresh fails, the previous list keeps being
 * served (a catalog outage should not stop chat requests), while a first fetch that fails rejects and is retried
 * on the next call. Nothing is fetched until first used, and nothing is shared between catalogs.
 *
 * @throws {@link ValidationError} when the client is not one `createClient()` made or `ttl` is not a positive number.
 * @example
 * ```ts
 * import { chat, createClient } from "openrouter-fetch";
 * import { createModelCatalog } from "openrouter-fetch/models";
 * const catalog = createModelCatalog(createClient(), { ttl: 10 * 60_000 });
 * const client = createClient({ catalog });
 * console.log((await catalog.get("openai/gpt-4.1-nano:free"))?.context_length);
 * await chat(client, { model: "black-forest-labs/flux.2-pro", prompt: "A red fox" }); // modalities set from the catalog
 * ```
 */
export function createModelCatalog(client: Client, options: ModelCatalogOptions = {}): ModelCatalog {
  callOptions(client, undefined); // fails now, not at first use, when given something that is not a client
  const ttl = options.ttl ?? DEFAULT_CATALOG_TTL;
  if (typeof ttl !== "number" || Number.isNaN(ttl) || ttl <= 0) {
    throw new ValidationError(`ttl must be a positive number of milliseconds (Infinity: never refetch), got ${String(ttl)}.`, { field: "ttl" });
  }
  let snapshot: Snapshot | undefined;
  let pending: Promise<Snapshot> | undefined;

  const fetchNow = (): Promise<Snapshot> => {
    pending ??= listModels(client, { output_modalities: "all" })
      .then((models) => (snapshot = index(models)))
      .catch((error: unknown) => {
        if (snapshot) return snapshot;
        throw error;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
  const current = (): Promise<Snapshot> =>
    snapshot && Date.now() - snapshot.fetchedAt < ttl ? Promise.resolve(snapshot) : fetchNow();

  return {
    models: async () => (await current()).models,
    refresh: async () => {
      // A refresh the caller asked for reports its own failure rather than the stale list.
      const models = await listModels(client, { output_modalities: "all" });
      snapshot = index(models);
      return snapshot.models;
    },
    get: async (id) => {
      if (typeof id !== "string" || id === "") return undefined;
      const { byId } = await current();
      return byId.get(id) ?? byId.get(id.split(/[:@]/, 1)[0] ?? id);
    },
  };
}

function index(models: Model[]): Snapshot {
  const byId = new Map<string, Model>();
  for (const model of models) byId.set(model.id, model);
  // Responses name the dated canonical slug; an id of the same spelling keeps priority.
  for (const model of models) if (model.canonical_slug && !byId.has(model.canonical_slug)) byId.set(model.canonical_slug, model);
  return { models, byId, fetchedAt: Date.now() };
}
