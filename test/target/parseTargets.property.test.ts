import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Decimal, KDecimal } from "../../src/core/decimal.js";
import { isKpiError, type KpiIssue } from "../../src/core/errors.js";
import { isIssue, readNumeric } from "../../src/core/numeric.js";
import { parseTargets } from "../../src/target/parseTargets.js";
import { targetsFileSchema } from "../../src/target/schema.js";

// parseTargets checks the shape of a targets file by hand (so the root entry point ships without
// zod); targetsFileSchema (kinerja/schemas) checks the same shape with zod. These properties keep
// the two from drifting: on random targets-file-shaped objects — a valid file, then none, one or
// two random defects — the schema accepts exactly the files in which parseTargets finds no problem
// of shape.
//
// Metric ids and period keys are drawn from valid values, and each entry's period differs from the
// others', so parseTargets can find nothing else: no unknown metric, no invalid period, no
// duplicate. Problems of shape are `invalid_target` (the file, the entries, their fields, targets
// and ranges) and `invalid_option` (the status bands, as `evaluate` reports them).

const ABSENT = Symbol("absent");

/** Numerics parseTargets and the schema accept. */
const goodNumber = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -100_000, max: 100_000 }).map((units) => (units / 100).toString()),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
  fc.integer({ min: -1000, max: 1000 }).map((units) => new KDecimal(units).div(8)),
  fc.constantFrom<unknown>(-0, "0.95", "1", "1500000000.50", "1e-400"),
);
/** Non-negative Numerics: valid weights. */
const goodWeight = fc.oneof(
  fc.nat(1000),
  fc.nat(100_000).map((units) => (units / 100).toString()),
  fc.bigInt({ min: 0n, max: 10n ** 30n }),
  fc.constantFrom<unknown>(-0, "0", new KDecimal("2.5")),
);
/** Values that are not Numerics. */
const badNumber = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  "",
  " 12 ",
  "1,5",
  "12abc",
  null,
  undefined,
  true,
  [],
  {},
  new Date(0),
  new KDecimal(Number.NaN),
);
/** Values of the wrong type for most fields (some are valid groups). */
const otherValues = fc.constantFrom<unknown>(
  null,
  undefined,
  5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  {},
  [],
  ["win_rate"],
  10n,
);

/** Numerics in increasing order. */
function sorted(count: number): fc.Arbitrary<unknown[]> {
  return fc.array(goodNumber, { minLength: count, maxLength: count }).map((values) =>
    values
      .map((value) => {
        const decimal = readNumeric(value, { subject: "test", path: [], where: "value" });
        if (isIssue(decimal)) throw new Error("goodNumber must draw Numerics");
        return { value, decimal: decimal as Decimal };
      })
      .sort((a, b) => a.decimal.comparedTo(b.decimal))
      .map(({ value }) => value),
  );
}

const goodRange = sorted(2).map(([min, max]) => ({ min, max }));
const goodBands = fc.oneof(
  sorted(2).map(([atRisk, onTrack]) => ({ onTrack, atRisk })),
  sorted(4).map(([riskMin, onMin, onMax, riskMax]) => ({
    onTrack: { min: onMin, max: onMax },
    atRisk: { min: riskMin, max: riskMax },
  })),
);

/** Ranges that are (mostly) wrong: reversed, with a bad or missing bound, or with more fields. */
const badRange = fc.oneof(
  sorted(2).map(([min, max]) => ({ min: max, max: min })),
  fc.tuple(badNumber, goodNumber).map(([min, max]) => ({ min, max })),
  fc.tuple(goodNumber, badNumber).map(([min, max]) => ({ min, max })),
  goodNumber.map((min) => ({ min })),
  goodNumber.map((max) => ({ max })),
  goodRange.map((range) => ({ ...range, step: 1 })),
);
/** Bands that are (mostly) wrong. */
const badBands = fc.oneof(
  fc.constantFrom<unknown>(null, 1, "1", [], {}, new Date(0)),
  sorted(2).map(([onTrack, atRisk]) => ({ onTrack, atRisk })),
  sorted(4).map(([onMin, riskMin, riskMax, onMax]) => ({
    onTrack: { min: onMin, max: onMax },
    atRisk: { min: riskMin, max: riskMax },
  })),
  fc
    .tuple(goodNumber, goodRange, fc.boolean())
    .map(([threshold, range, flip]) =>
      flip ? { onTrack: threshold, atRisk: range } : { onTrack: range, atRisk: threshold },
    ),
  fc.tuple(goodBands, fc.constantFrom("onTrack", "atRisk", "warning")).map(([bands, key]) => {
    const copy: Record<string, unknown> = { ...bands };
    if (key === "warning") copy.warning = 1;
    else delete copy[key];
    return copy;
  }),
  fc
    .tuple(fc.oneof(badNumber, badRange), fc.oneof(goodNumber, goodRange))
    .map(([bad, other]) => ({ onTrack: bad, atRisk: other })),
  fc.tuple(badRange, goodRange).map(([bad, other]) => ({ onTrack: other, atRisk: bad })),
);

/** A field present with a valid value, or absent. */
function optional(value: fc.Arbitrary<unknown>) {
  return fc.oneof(value, fc.constant<unknown>(ABSENT));
}

function withoutAbsent(fields: Record<string, unknown>): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value !== ABSENT) entry[name] = value;
  }
  return entry;
}

const periods = ["2025-01", "2025-02", "2025-Q2", "2025-W27", "2025-08-01", "2025-09", "2025-Q4"];

/** A valid entry, given its (distinct) period key. */
function goodEntry(period: string): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      metric: fc.constantFrom("win_rate", "sales_revenue", "sales_cycle_length"),
      period: fc.constant(period),
      target: fc.oneof(goodNumber, goodRange),
      bands: optional(goodBands),
      weight: optional(goodWeight),
      group: optional(fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean())),
      label: optional(fc.string({ maxLength: 5 })),
    })
    .map(withoutAbsent);
}

const goodEntries = fc
  .integer({ min: 0, max: periods.length })
  .chain((count) => fc.tuple(...periods.slice(0, count).map((period) => goodEntry(period))));

/** A defect of one entry: a field set to a (mostly) wrong value or removed, or the whole entry replaced. */
const entryDefect = fc.tuple(
  fc.nat(),
  fc.oneof(
    fc.tuple(fc.constantFrom("metric", "period"), fc.oneof(otherValues, fc.constant(ABSENT))),
    fc.tuple(
      fc.constant("target"),
      fc.oneof(badNumber, badRange, fc.constantFrom<unknown>(ABSENT, "win_rate", [1, 2])),
    ),
    fc.tuple(fc.constant("bands"), badBands),
    fc.tuple(
      fc.constant("weight"),
      fc.oneof(badNumber, fc.constantFrom<unknown>(-1, "-0.5", new KDecimal(-2), -1n)),
    ),
    fc.tuple(fc.constantFrom("group", "label"), otherValues),
    fc.tuple(fc.constantFrom("owner", "__proto__"), fc.constant<unknown>("Budi")),
    fc.tuple(
      fc.constant("*"),
      fc.constantFrom<unknown>(null, "win_rate", [], 1, undefined, new Date(0)),
    ),
  ),
);

/** A defect of the file around the entries, or none. */
const fileDefect = fc.oneof(
  { weight: 6, arbitrary: fc.constant((file: Record<string, unknown>): unknown => file) },
  {
    weight: 1,
    arbitrary: fc.constant((file: Record<string, unknown>): unknown => ({ ...file, version: 2 })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(otherValues, fc.constant(ABSENT))
      .map((targets) => (): unknown => (targets === ABSENT ? {} : { targets })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<unknown>([], null, "targets", 1, new Date(0))
      .map((value) => (): unknown => value),
  },
);

/** A valid file, then none, one or two defects. */
const file = fc
  .tuple(goodEntries, fc.array(entryDefect, { maxLength: 2 }), fileDefect)
  .map(([entries, defects, defectOfFile]) => {
    const targets: unknown[] = entries.map((entry) => ({ ...entry }));
    for (const [pick, [field, value]] of defects) {
      if (targets.length === 0) break;
      const at = pick % targets.length;
      const entry = targets[at];
      if (field === "*") targets[at] = value;
      else if (typeof entry === "object" && entry !== null && !Array.isArray(entry)) {
        const copy = { ...(entry as Record<string, unknown>) };
        if (value === ABSENT) delete copy[field];
        else if (field === "__proto__")
          Object.defineProperty(copy, field, { value, enumerable: true });
        else copy[field] = value;
        targets[at] = copy;
      }
    }
    return defectOfFile({ targets });
  });

const SHAPE_CODES = new Set(["invalid_target", "invalid_option"]);

/** The issues parseTargets reports for a value, none when it returns. */
function issuesOf(value: unknown): readonly KpiIssue[] {
  try {
    parseTargets(value);
    return [];
  } catch (error) {
    if (!isKpiError(error)) throw error;
    return error.issues;
  }
}

describe("parseTargets and targetsFileSchema agree on the shape of a file", () => {
  it("the schema accepts a file exactly when parseTargets finds no problem of shape in it", () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(file, (value) => {
        const schemaAccepts = targetsFileSchema().safeParse(value).success;
        const issues = issuesOf(value);
        const shapeProblems = issues.filter((issue) => SHAPE_CODES.has(issue.code));
        expect(shapeProblems.length === 0).toBe(schemaAccepts);
        // With valid ids and valid, distinct periods, there is nothing else to find.
        expect(issues).toEqual(shapeProblems);
        if (schemaAccepts) accepted++;
        else rejected++;
      }),
    );
    // The generator must exercise both sides for the property to mean anything.
    expect(accepted).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
  });

  it("parseTargets reads every entry of a file the schema accepts, field by field", () => {
    let checked = 0;
    fc.assert(
      fc.property(file, (value) => {
        fc.pre(targetsFileSchema().safeParse(value).success);
        const entries = (value as { targets: Record<string, unknown>[] }).targets;
        const specs = parseTargets(value);
        expect(specs).toHaveLength(entries.length);
        specs.forEach((spec, index) => {
          const entry = entries[index] as Record<string, unknown>;
          expect(spec.metricId).toBe(entry.metric);
          expect(spec.period.key).toBe(entry.period);
          const target = entry.target as unknown;
          if (typeof target === "object" && target !== null && "min" in target) {
            const range = spec.target as {
              min: { eq(x: unknown): boolean };
              max: { eq(x: unknown): boolean };
            };
            expect(range.min.eq(String((target as unknown as { min: unknown }).min))).toBe(true);
            expect(range.max.eq(String((target as unknown as { max: unknown }).max))).toBe(true);
          } else {
            expect((spec.target as { eq(x: unknown): boolean }).eq(String(target))).toBe(true);
          }
          expect(spec.group).toBe(entry.group ?? null);
        });
        checked++;
      }),
    );
    expect(checked).toBeGreaterThan(0);
  });
});
