/**
 * The few types of the Standard Schema and Standard JSON Schema specs (standardschema.dev) that the SDK uses,
 * written out here so that no schema library is a dependency: zod 4, Valibot, ArkType and others implement them.
 */

/** One problem a schema found: a message and where (the Standard Schema issue shape). */
export interface StandardSchemaIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** What a Standard Schema's `validate` returns: the value, or issues. */
export type StandardSchemaResult<Output> = { readonly value: Output; readonly issues?: undefined } | { readonly issues: ReadonlyArray<StandardSchemaIssue> };

/** Options of a Standard JSON Schema converter (`~standard.jsonSchema.input/output`). */
export interface StandardJSONSchemaOptions {
  readonly target: "draft-2020-12" | "draft-07" | "openapi-3.0" | (string & {});
  readonly libraryOptions?: Record<string, unknown> | undefined;
}

/** The `~standard` property of a schema. `jsonSchema` is there when the library implements Standard JSON Schema. */
export interface StandardSchemaProps<Input = unknown, Output = Input> {
  readonly version: 1;
  readonly vendor: string;
  /** Validates a value: its output, or the issues found. May return a promise. */
  readonly validate: (value: unknown, options?: { readonly libraryOptions?: Record<string, unknown> | undefined } | undefined) => StandardSchemaResult<Output> | Promise<StandardSchemaResult<Output>>;
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  /** Standard JSON Schema: the schema as JSON Schema, when the library implements it (zod 4's classic API does). */
  readonly jsonSchema?: {
    /** The JSON Schema of what the schema accepts. May throw when it cannot be described. */
    readonly input: (options: StandardJSONSchemaOptions) => Record<string, unknown>;
    /** The JSON Schema of what the schema outputs. May throw when it cannot be described (a transform). */
    readonly output: (options: StandardJSONSchemaOptions) => Record<string, unknown>;
  };
}

/**
 * A schema any Standard Schema library can give: a zod 4 schema (`zod` or `zod/mini`), Valibot, ArkType…
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import type { StandardSchemaV1 } from "openrouter-fetch/structured";
 * const city: StandardSchemaV1<unknown, { name: string }> = z.object({ name: z.string() });
 * ```
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaProps<Input, Output>;
}

/**
 * The type a schema produces once it has validated a value (`z.output<…>` for zod).
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import type { InferSchemaOutput } from "openrouter-fetch/structured";
 * const city = z.object({ name: z.string() });
 * type City = InferSchemaOutput<typeof city>; // { name: string }
 * ```
 */
export type InferSchemaOutput<S extends StandardSchemaV1> = NonNullable<S["~standard"]["types"]>["output"];

/**
 * The type a schema accepts (`z.input<…>` for zod).
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import type { InferSchemaInput } from "openrouter-fetch/structured";
 * const city = z.object({ name: z.string() });
 * type CityInput = InferSchemaInput<typeof city>; // { name: string }
 * ```
 */
export type InferSchemaInput<S extends StandardSchemaV1> = NonNullable<S["~standard"]["types"]>["input"];
