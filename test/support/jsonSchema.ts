// A validator for the JSON Schema keywords kinerja's generated schemas use (and a failure on any
// other), and the shape of a generated schema file, shared by the tests of the shipped schemas.
import * as z from "zod/mini";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = Record<string, unknown>;

/** What a generated schema file adds to `z.toJSONSchema(...)`. */
export interface SchemaFileMeta {
  readonly comment: string;
  readonly title: string;
  readonly description: string;
}

/** The committed file's object: `$schema`, then `$comment`, title and description, then the rest. */
export function generatedSchemaFile(schema: z.ZodMiniType, meta: SchemaFileMeta): Schema {
  const { $schema, ...rest } = z.toJSONSchema(schema) as Schema;
  return {
    $schema,
    $comment: meta.comment,
    title: meta.title,
    description: meta.description,
    ...rest,
  };
}

/** A validator for the JSON Schema keywords the generated schema uses (and fails on any other). */
export function valid(schema: Schema, value: Json): boolean {
  const known = new Set([
    "$schema",
    "$comment",
    "title",
    "description",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "anyOf",
    "oneOf",
    "const",
    "enum",
    "items",
    "pattern",
    "minimum",
    "maximum",
    "minLength",
  ]);
  for (const key of Object.keys(schema))
    if (!known.has(key)) throw new Error(`unexpected keyword ${key}`);
  if (schema.anyOf !== undefined && !(schema.anyOf as Schema[]).some((s) => valid(s, value)))
    return false;
  if (
    schema.oneOf !== undefined &&
    (schema.oneOf as Schema[]).filter((s) => valid(s, value)).length !== 1
  )
    return false;
  if (schema.const !== undefined && value !== schema.const) return false;
  if (schema.enum !== undefined && !(schema.enum as Json[]).includes(value)) return false;
  if (Array.isArray(schema.type))
    return schema.type.some((type) => valid({ ...schema, type } as Schema, value));
  switch (schema.type) {
    case undefined:
      return true;
    case "number":
    case "integer":
      return (
        typeof value === "number" &&
        (schema.type === "number" || Number.isInteger(value)) &&
        (schema.minimum === undefined || value >= (schema.minimum as number)) &&
        (schema.maximum === undefined || value <= (schema.maximum as number))
      );
    case "string":
      return (
        typeof value === "string" &&
        (schema.minLength === undefined || value.length >= (schema.minLength as number)) &&
        (schema.pattern === undefined || new RegExp(schema.pattern as string, "u").test(value))
      );
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value) && value.every((item) => valid(schema.items as Schema, item));
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = (schema.required ?? []) as string[];
      if (!required.every((key) => key in value)) return false;
      if (
        schema.additionalProperties === false &&
        Object.keys(value).some((k) => !(k in properties))
      )
        return false;
      return Object.entries(value).every(
        ([key, item]) => properties[key] === undefined || valid(properties[key], item),
      );
    }
    default:
      throw new Error(`unexpected type ${String(schema.type)}`);
  }
}
