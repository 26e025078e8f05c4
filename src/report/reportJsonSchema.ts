import * as z from "zod/mini";
import { reportSpecSchema } from "./specSchema.js";

/**
 * The JSON Schema of a report spec (docs/report.schema.json): `z.toJSONSchema` of the zod schema,
 * with a title and a description.
 *
 * @returns The JSON Schema.
 * @internal
 */
export function reportJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(reportSpecSchema()) as Record<string, unknown>;
  return {
    $schema,
    $comment: "Generated from reportSpecSchema() in src/report (kinerja schema); do not edit.",
    title: "kinerja report spec",
    description:
      "A KPI report as data, for the kinerja command (kinerja report spec.json): sources (files or database tables) with their date column and measures, metrics with their inputs mapped to measures, targets files and comparisons. See docs/cli.md.",
    ...rest,
  };
}
