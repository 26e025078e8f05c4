import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { KpiIssue } from "../../src/core/errors.js";
import { EXPECTED } from "../../src/core/messages.js";
import { isIssue, readNumeric } from "../../src/core/numeric.js";
import {
  nonNegativeNumericJsonSchema,
  numericJsonSchema,
} from "../../src/core/numericJsonSchema.js";
import { targetsFileSchema } from "../../src/schemas/index.js";
import { repoRoot } from "../support/examples.js";
import { generatedSchemaFile, type Json, type Schema, valid } from "../support/jsonSchema.js";

// targets.schema.json (shipped in the package, for editors) is z.toJSONSchema(targetsFileSchema()),
// plus a title and a description. Regenerate it with `npm run schema:targets`.

const file = join(repoRoot, "targets.schema.json");

function generated(): Record<string, unknown> {
  return generatedSchemaFile(targetsFileSchema(), {
    comment:
      "Generated from targetsFileSchema() of kinerja/schemas (npm run schema:targets); do not edit.",
    title: "kinerja targets file",
    description:
      'Targets for kinerja\'s parseTargets: { "targets": [{ "metric", "period", "target", "bands"?, "weight"?, "group"?, "label"? }] }. Targets are numbers or plain decimal strings (exact, for money) or { "min", "max" } ranges. This schema checks shapes; parseTargets also checks that min <= max, that at-risk bands are below on-track, that each metric id exists and each period key is valid in your calendar.',
  });
}

const text = `${JSON.stringify(generated(), null, 2)}\n`;
if (process.env.KINERJA_WRITE_SCHEMA === "1") writeFileSync(file, text);

const schema = generated();
const accepts = (value: Json) => valid(schema, value);
const entry = { metric: "sales_revenue", period: "2025-03", target: "1500000000.50" };

describe("targets.schema.json", () => {
  it("is z.toJSONSchema(targetsFileSchema()): the committed file is up to date", () => {
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("accepts targets files that targetsFileSchema accepts", () => {
    const files: Json[] = [
      { targets: [] },
      { targets: [entry] },
      {
        targets: [
          { ...entry, target: 1500, weight: "0.5", group: "Jawa", label: "Revenue — Jawa" },
          { ...entry, target: { min: "0.9", max: 1.1 }, bands: { onTrack: 1, atRisk: "0.9" } },
          {
            ...entry,
            target: { min: -5, max: "1e3" },
            bands: { onTrack: { min: 0.9, max: 1.1 }, atRisk: { min: 0.8, max: 1.2 } },
            weight: "-0",
            group: 7,
          },
        ],
      },
    ];
    for (const value of files) {
      expect(targetsFileSchema().safeParse(value).success).toBe(true);
      expect(accepts(value)).toBe(true);
    }
  });

  it("refuses shapes that targetsFileSchema refuses", () => {
    const files: Json[] = [
      {},
      { targets: {} },
      { targets: [entry], extra: 1 },
      { targets: [{ ...entry, target: "1.500.000" }] },
      { targets: [{ ...entry, target: " 12" }] },
      { targets: [{ ...entry, target: 2 ** 60 }] },
      { targets: [{ ...entry, target: { min: 1 } }] },
      { targets: [{ ...entry, weight: -1 }] },
      { targets: [{ ...entry, weight: "-0.5" }] },
      { targets: [{ ...entry, metric: 5 }] },
      { targets: [{ ...entry, group: null }] },
      { targets: [{ ...entry, bands: { onTrack: 1 } }] },
      { targets: [{ ...entry, unknown: true }] },
    ];
    for (const value of files) {
      expect(targetsFileSchema().safeParse(value).success).toBe(false);
      expect(accepts(value)).toBe(false);
    }
  });
});

// A plain decimal string whose exponent is beyond ±1000 (after normalizing, so "0.001e1002" is
// in range) has the right shape but is refused by readNumeric: a range a pattern cannot state.
const outOfRange = (read: ReturnType<typeof readNumeric>): boolean =>
  isIssue(read) && (read as KpiIssue).expected === EXPECTED.exponentRange;

describe("the JSON Schema of a Numeric", () => {
  const alphabet = fc.constantFrom(..."0123456789+-.eE ,x".split(""));
  const strings = fc.oneof(
    fc.string({ unit: alphabet, maxLength: 8 }),
    fc.double({ noNaN: true }).map(String),
  );

  it("accepts exactly the strings readNumeric reads (exponents within ±1000)", () => {
    fc.assert(
      fc.property(strings, (text) => {
        const read = readNumeric(text, { subject: "test", path: [], where: "value" });
        if (outOfRange(read)) return;
        expect(valid(numericJsonSchema() as Schema, text)).toBe(!isIssue(read));
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts exactly the non-negative strings as weights", () => {
    fc.assert(
      fc.property(strings, (text) => {
        const read = readNumeric(text, { subject: "test", path: [], where: "value" });
        if (outOfRange(read)) return;
        const expected = !isIssue(read) && !read.isNegative();
        expect(valid(nonNegativeNumericJsonSchema() as Schema, text)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
