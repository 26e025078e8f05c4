import type * as z from "zod/mini";

/**
 * Gives a zod schema the JSON Schema of its JSON form, for `z.toJSONSchema`, where zod cannot
 * derive one: a `z.custom` check (a Numeric also accepts a bigint or a Decimal, which no JSON file
 * can hold) would otherwise make `z.toJSONSchema` throw "Custom types cannot be represented in JSON
 * Schema". Validation is unchanged. Uses zod 4's `_zod.toJSONSchema` override (typed in
 * `$ZodTypeInternals`, present since zod 4.1).
 *
 * @param schema - A freshly built schema (it is given the override, not copied).
 * @param json - The JSON Schema that values of this schema in a JSON file satisfy.
 * @returns The same schema.
 * @internal
 */
export function withJsonSchema<T extends z.ZodMiniType>(schema: T, json: object): T {
  schema._zod.toJSONSchema = () => json;
  return schema;
}
