/** The part of a model catalog that chat features use: look a model up by id. */
export interface ModelLookup {
  /** The model with this id (a variant suffix may be ignored), or `undefined` when the catalog has none. */
  get(id: string): Promise<CatalogModel | undefined>;
}

/** The fields of a catalog model that chat features read. */
export interface CatalogModel {
  id: string;
  architecture?: { input_modalities?: string[]; output_modalities?: string[] } | null;
  supported_parameters?: string[] | null;
  /** The dated permaslug responses name (`anthropic/claude-4.5-sonnet-20250929`); a request may name it too. */
  canonical_slug?: string | null;
}
