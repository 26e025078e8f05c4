// The hostile-input suite: every public function, fed each hostile value in each argument it takes,
// must end in a defined value (a Decimal, null, or its documented output, with no NaN, Infinity,
// non-finite or foreign Decimal anywhere inside) or a KpiError whose every issue names the function
// or metric, says what was expected and what was received. See docs/reliability.md.
import { afterAll, describe, expect, it } from "vitest";
import {
  type AnyMetric,
  aggregate,
  catalog,
  cesFromScores,
  compare,
  count,
  countDistinct,
  csatFromScores,
  customerActivity,
  defineMetric,
  describeMetric,
  deserializeSeries,
  evaluate,
  evaluateSeries,
  first,
  formatEvaluation,
  formatValue,
  funnelConversionRates,
  getMetric,
  growth,
  hasMetric,
  isGranularity,
  isPaceable,
  label,
  last,
  max,
  mean,
  mergeSeries,
  metricSeries,
  metricsByCategory,
  min,
  npsFromScores,
  pace,
  parseDecimal,
  parsePeriod,
  parseTargets,
  periodOf,
  periodRange,
  previousPeriod,
  resolveCalendar,
  rolling,
  rollup,
  rollupInputs,
  round,
  safeDivide,
  salesRevenue,
  samePeriodLastYear,
  scorecard,
  serializeSeries,
  shiftPeriod,
  statusLabel,
  sum,
  toDate,
  toDecimal,
  total,
  unitsSold,
  winRate,
} from "../../src/index.js";
import {
  calendarSchema,
  metricInputSchema,
  numericSchema,
  statusBandsSchema,
  targetsFileSchema,
} from "../../src/schemas/index.js";
import {
  caseCount,
  HOSTILE_VALUES,
  NUMERIC_VALUES,
  type Outcome,
  type ProbeOptions,
  probe,
} from "./support.js";

// biome-ignore lint/suspicious/noExplicitAny: hostile inputs bypass the types on purpose
type Loose = any;
const loose = <T>(value: T): Loose => value;

afterAll(() => {
  console.log(`hostile-input suite: ${caseCount()} cases ran`);
});

/** Runs `template` with every hostile value. */
function eachHostile(
  subjects: readonly string[],
  name: string,
  template: (value: unknown) => unknown,
  check?: (outcome: Outcome, valueName: string) => void,
  options?: ProbeOptions,
): void {
  for (const [valueName, make] of HOSTILE_VALUES) {
    const outcome = probe(subjects, () => template(make()), `${name} with ${valueName}`, options);
    check?.(outcome, valueName);
  }
}

/** {@link eachHostile} for functions that return text for people: no "NaN", "Infinity" or "∞" in it. */
function eachHostileText(
  subjects: readonly string[],
  name: string,
  template: (value: unknown) => unknown,
): void {
  eachHostile(subjects, name, template, undefined, { text: true });
}

// ---------------------------------------------------------------------------------------------
// Metrics: every input of every metric, the inputs object and the options.

/** Finds inputs every metric accepts, by trying a few uniform assignments. */
function baselineOf(metric: AnyMetric): Record<string, unknown> {
  const names = Object.keys(metric.inputs as Record<string, unknown>);
  const candidates: Record<string, unknown>[] = [];
  for (const value of ["1", "0.5", "10", "0", "2"]) {
    candidates.push(Object.fromEntries(names.map((name) => [name, value])));
  }
  // Ordered inputs (part of a whole, scores on a scale).
  candidates.push(Object.fromEntries(names.map((name, index) => [name, String(index + 1)])));
  candidates.push(
    Object.fromEntries(names.map((name, index) => [name, String(names.length - index)])),
  );
  for (const candidate of candidates) {
    try {
      metric(candidate as Loose);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error(`no baseline inputs found for ${metric.id}`);
}

describe("metrics with hostile inputs", () => {
  it.each(catalog.map((metric) => [metric.id, metric] as const))("%s", (id, metric) => {
    const baseline = baselineOf(metric);
    const subjects = [id];
    for (const input of Object.keys(baseline)) {
      eachHostile(subjects, `${id} input ${input}`, (value) =>
        metric({ ...baseline, [input]: value } as Loose),
      );
      eachHostile(subjects, `${id}.evaluate input ${input}`, (value) => {
        const result = metric.evaluate({ ...baseline, [input]: value } as Loose);
        // A result is { value, reason: null } or { value: null, reason }.
        expect(result.value === null).toBe(result.reason !== null);
        return result;
      });
    }
    eachHostile(subjects, `${id} inputs object`, (value) => metric(value as Loose));
    eachHostile(subjects, `${id} options`, (value) => metric(baseline as Loose, value));
    // Keys that are Object.prototype names are ordinary (unknown) inputs, never inherited values.
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const outcome = probe(
        subjects,
        () => metric({ ...JSON.parse(`{"${key}": 1}`), ...baseline } as Loose),
        `${id} own property ${key}`,
      );
      expect(outcome.ok, `${id} with an own "${key}" input must be refused`).toBe(false);
      if (!outcome.ok) expect(outcome.error.code).toBe("unknown_input");
    }
    // Rolling up with a hostile period among good ones.
    const input = Object.keys(baseline)[0] as string;
    eachHostile(subjects, `rollupInputs(${id})`, (value) =>
      rollupInputs(metric, [baseline, { ...baseline, [input]: value }] as Loose),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Core.

describe("core functions with hostile values", () => {
  it("toDecimal accepts exactly the numeric hostile values", () => {
    eachHostile(
      ["toDecimal"],
      "toDecimal",
      (value) => toDecimal(value as Loose),
      (outcome, name) => {
        const accepted = NUMERIC_VALUES.has(name);
        expect(outcome.ok, `toDecimal(${name})`).toBe(accepted);
        if (!outcome.ok) expect(outcome.error.code).toBe("invalid_number");
      },
    );
    expect(Object.is(toDecimal(-0).toNumber(), -0)).toBe(false);
    expect(toDecimal(Number.MAX_SAFE_INTEGER).toString()).toBe("9007199254740991");
  });

  it("safeDivide, round and parseDecimal", () => {
    eachHostile(["safeDivide"], "safeDivide numerator", (value) => safeDivide(value as Loose, 3));
    eachHostile(["safeDivide"], "safeDivide denominator", (value) => safeDivide(7, value as Loose));
    eachHostile(["round", "toDecimal"], "round value", (value) => round(value as Loose, 2));
    eachHostile(["round"], "round places", (value) => round("2.345", value as Loose));
    eachHostile(["round"], "round mode", (value) => round("2.345", 2, value as Loose));
    for (const locale of ["id-ID", "en-US", "de-DE"]) {
      eachHostile(["parseDecimal"], `parseDecimal(${locale})`, (value) =>
        parseDecimal(value as Loose, { locale }),
      );
    }
    eachHostile(["parseDecimal"], "parseDecimal locale", (value) =>
      parseDecimal("1.234,56", { locale: value } as Loose),
    );
    eachHostile(["parseDecimal"], "parseDecimal options", (value) =>
      parseDecimal("12", value as Loose),
    );
  });

  it("the zod schemas return a result, never throw", () => {
    const schemas = [
      ["numericSchema", numericSchema()],
      ["metricInputSchema(win_rate)", metricInputSchema(winRate)],
      ["calendarSchema", calendarSchema()],
      ["targetsFileSchema", targetsFileSchema()],
      ["statusBandsSchema", statusBandsSchema()],
    ] as const;
    for (const [name, schema] of schemas) {
      // A schema validates and passes the value through unchanged (zod semantics), so the result
      // checked here is whether it succeeded.
      eachHostile([name], `${name}.safeParse`, (value) => {
        const result = schema.safeParse(value);
        expect(typeof result.success).toBe("boolean");
        return result.success;
      });
    }
    eachHostile(["metricInputSchema"], "metricInputSchema won", (value) => {
      const result = metricInputSchema(winRate).safeParse({ won: value, lost: 1 });
      return result.success;
    });
    eachHostile(["calendarSchema"], "calendarSchema timeZone", (value) => {
      const result = calendarSchema().safeParse({ timeZone: value });
      return result.success;
    });
    // The numeric schema agrees with toDecimal on every hostile value.
    for (const [name, make] of HOSTILE_VALUES) {
      expect(numericSchema().safeParse(make()).success, `numericSchema ${name}`).toBe(
        NUMERIC_VALUES.has(name),
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The metric model and the metric helpers.

describe("metric model and helpers with hostile values", () => {
  it("catalog lookups, defineMetric and rollupInputs", () => {
    eachHostile(["getMetric"], "getMetric", (value) => getMetric(value as Loose));
    eachHostile(["hasMetric"], "hasMetric", (value) => {
      const has = hasMetric(value);
      expect(has).toBe(false);
      return has;
    });
    eachHostile(["metricsByCategory"], "metricsByCategory", (value) =>
      metricsByCategory(value as Loose),
    );
    eachHostile(["defineMetric"], "defineMetric spec", (value) => defineMetric(value as Loose));
    eachHostile(["defineMetric", "custom"], "defineMetric input domain", (value) =>
      defineMetric({
        id: "custom",
        label: { en: "c", id: "c" },
        description: { en: "c", id: "c" },
        formula: "a",
        category: "sales",
        unit: "count",
        direction: "higher_is_better",
        inputs: { a: { domain: value, rollup: "sum", label: { en: "a", id: "a" } } },
        references: ["https://example.com/"],
        compute: ({ a }: Loose) => ({ value: a, reason: null }),
      } as Loose),
    );
    eachHostile(["rollupInputs", "win_rate"], "rollupInputs periods", (value) =>
      rollupInputs(winRate, value as Loose),
    );
    eachHostile(["rollupInputs", "win_rate"], "rollupInputs period entry", (value) =>
      rollupInputs(winRate, [{ won: 1, lost: 2 }, value] as Loose),
    );
    eachHostile(["rollupInputs"], "rollupInputs metric", (value) =>
      rollupInputs(value as Loose, []),
    );
  });

  it("survey helpers and the funnel", () => {
    for (const [name, run] of [
      [
        "csatFromScores",
        (scores: unknown, options?: unknown) => csatFromScores(scores as Loose, options as Loose),
      ],
      ["npsFromScores", (scores: unknown) => npsFromScores(scores as Loose)],
      [
        "cesFromScores",
        (scores: unknown, options?: unknown) => cesFromScores(scores as Loose, options as Loose),
      ],
    ] as const) {
      eachHostile([name], `${name} scores`, (value) => run(value));
      eachHostile([name], `${name} score`, (value) => run([3, value, 4]));
      eachHostile([name], `${name} options`, (value) => run([3, 4], value));
      // biome-ignore lint/suspicious/noSparseArray: a sparse array is the hostile input here
      eachHostile([name], `${name} sparse`, () => run(loose([3, , 4])));
    }
    eachHostile(["funnelConversionRates"], "funnelConversionRates count", (value) =>
      funnelConversionRates({ lead: 10, won: value } as Loose, ["lead", "won"]),
    );
    eachHostile(["funnelConversionRates"], "funnelConversionRates counts", (value) =>
      funnelConversionRates(value as Loose, ["lead", "won"]),
    );
    eachHostile(["funnelConversionRates"], "funnelConversionRates stage", (value) =>
      funnelConversionRates({ lead: 10, won: 2 }, ["lead", value] as Loose),
    );
    eachHostile(["funnelConversionRates"], "funnelConversionRates stages", (value) =>
      funnelConversionRates({ lead: 10, won: 2 }, value as Loose),
    );
    // Stage names that are Object.prototype keys are read as own keys only.
    probe(["funnelConversionRates"], () => {
      const rates = funnelConversionRates(
        new Map([
          ["__proto__", 10],
          ["constructor", 5],
        ]),
        ["__proto__", "constructor"],
      );
      expect(rates.endToEnd.value?.toString()).toBe("0.5");
      return rates;
    });
    const outcome = probe(["funnelConversionRates"], () =>
      funnelConversionRates({ a: 10 }, ["a", "toString"]),
    );
    expect(outcome.ok).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Periods.

describe("period functions with hostile values", () => {
  const march = parsePeriod("2025-03");
  it("periodOf, periodRange, parsePeriod, shiftPeriod and friends", () => {
    eachHostile(["periodOf"], "periodOf instant", (value) => periodOf(value as Loose, "month"));
    eachHostile(["periodOf"], "periodOf granularity", (value) =>
      periodOf("2025-03-14", value as Loose),
    );
    eachHostile(["periodOf"], "periodOf calendar", (value) =>
      periodOf("2025-03-14", "month", value as Loose),
    );
    for (const field of [
      "timeZone",
      "weekStartsOn",
      "fiscalYearStartMonth",
      "fiscalYearNaming",
      "__proto__",
      "constructor",
    ]) {
      eachHostile(["periodOf"], `periodOf calendar.${field}`, (value) =>
        periodOf(
          "2025-03-14",
          "fiscal_quarter",
          JSON.parse(`{"${field}": 0}`, (key, v) => (key === field ? value : v)),
        ),
      );
    }
    eachHostile(["periodRange"], "periodRange from", (value) =>
      periodRange(value as Loose, "2025-03-01", "month"),
    );
    eachHostile(["periodRange"], "periodRange to", (value) =>
      periodRange("2025-01-01", value as Loose, "week"),
    );
    eachHostile(["periodRange"], "periodRange granularity", (value) =>
      periodRange("2025-01-01", "2025-03-01", value as Loose),
    );
    eachHostile(["parsePeriod"], "parsePeriod key", (value) => parsePeriod(value as Loose));
    eachHostile(["parsePeriod"], "parsePeriod calendar", (value) =>
      parsePeriod("FY2025-Q1", value as Loose),
    );
    eachHostile(["shiftPeriod"], "shiftPeriod period", (value) => shiftPeriod(value as Loose, 1));
    eachHostile(["shiftPeriod"], "shiftPeriod n", (value) => shiftPeriod(march, value as Loose));
    eachHostile(["shiftPeriod"], "shiftPeriod period.calendar", (value) =>
      shiftPeriod({ ...march, calendar: value } as Loose, 1),
    );
    eachHostile(["shiftPeriod"], "shiftPeriod period.key", (value) =>
      shiftPeriod({ ...march, key: value } as Loose, 1),
    );
    eachHostile(["previousPeriod"], "previousPeriod", (value) => previousPeriod(value as Loose));
    eachHostile(["samePeriodLastYear"], "samePeriodLastYear", (value) =>
      samePeriodLastYear(value as Loose),
    );
    eachHostile(["resolveCalendar"], "resolveCalendar", (value) => resolveCalendar(value as Loose));
    eachHostile(["isGranularity"], "isGranularity", (value) => {
      expect(isGranularity(value)).toBe(false);
      return null;
    });
  });

  it("refuses epoch seconds, invalid dates and unknown zones with the right codes", () => {
    const cases: [unknown, unknown, string][] = [
      [1_741_944_600, undefined, "invalid_date"],
      ["2025-02-30", undefined, "invalid_date"],
      ["not a date", undefined, "invalid_date"],
      [new Date(Number.NaN), undefined, "invalid_date"],
      ["2025-03-14", { timeZone: "Asia/Jakrta" }, "invalid_time_zone"],
      ["2025-03-14", { timeZone: "" }, "invalid_time_zone"],
    ];
    for (const [instant, calendar, code] of cases) {
      const outcome = probe(["periodOf"], () =>
        periodOf(instant as Loose, "day", calendar as Loose),
      );
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error.code).toBe(code);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Aggregation.

type Deal = { at: unknown; amount: unknown; region?: unknown; won?: unknown; customer?: unknown };
const measures = {
  revenue: sum("amount"),
  won: count("won"),
  deals: count(),
  customers: countDistinct("customer"),
  opening: first("amount"),
  closing: last("amount"),
  low: min("amount"),
  high: max("amount"),
  average: mean("amount"),
};
const good: Deal[] = [
  { at: "2025-01-05T00:00:00Z", amount: "10.5", region: "west", won: true, customer: "A" },
  { at: "2025-02-05T00:00:00Z", amount: "-2", region: "east", won: false, customer: "B" },
  { at: "2025-03-05T00:00:00Z", amount: 7, region: "west", won: true, customer: "A" },
];
const baseOptions = {
  date: "at",
  granularity: "month",
  calendar: { timeZone: "Asia/Jakarta" },
  groupBy: "region",
  measures,
} as const;

/** A returned series accounts for every record: nothing dropped silently, nothing partial. */
function expectAccounted(value: unknown): void {
  const series = value as ReturnType<typeof aggregate>;
  if (series === null || typeof series !== "object" || series.type !== "series") return;
  const report = series.report;
  expect(report.accepted + report.rejected + report.outsideRange).toBe(report.records);
  expect(series.cells.reduce((n, cell) => n + cell.records, 0)).toBe(report.accepted);
}

describe("aggregate with hostile records, accessors and options", () => {
  const fields = ["at", "amount", "region", "won", "customer"] as const;
  it("a hostile value in each field of a record, under each policy", () => {
    for (const onInvalid of ["throw", "skip", "collect"] as const) {
      for (const field of fields) {
        eachHostile(
          ["aggregate"],
          `aggregate record.${field} (${onInvalid})`,
          (value) => {
            const records = [...good, { ...good[0], [field]: value }];
            const series = aggregate(records, { ...baseOptions, onInvalid } as Loose);
            expectAccounted(series);
            return series;
          },
          (outcome) => {
            if (!outcome.ok) {
              expect(onInvalid).toBe("throw");
              expect(outcome.error.code).toBe("invalid_record");
              expect(outcome.error.issues[0]?.path[0]).toBe(3);
            }
          },
        );
      }
    }
  });

  it("hostile records and record containers", () => {
    for (const onInvalid of ["throw", "collect"] as const) {
      eachHostile(["aggregate"], `aggregate record (${onInvalid})`, (value) => {
        const series = aggregate([good[0], value, good[1]], { ...baseOptions, onInvalid } as Loose);
        expectAccounted(series);
        return series;
      });
      eachHostile(["aggregate"], `aggregate records (${onInvalid})`, (value) =>
        aggregate(value as Loose, { ...baseOptions, onInvalid } as Loose),
      );
    }
    // null inside an array, and holes of a sparse array: never dropped silently.
    // biome-ignore lint/suspicious/noSparseArray: a sparse array is the hostile input here
    const sparse = loose([good[0], , null, good[1]]);
    const collected = probe(["aggregate"], () =>
      aggregate(sparse, { ...baseOptions, onInvalid: "collect" } as Loose),
    );
    expect(collected.ok).toBe(true);
    if (collected.ok) {
      const series = collected.value as ReturnType<typeof aggregate>;
      expect(series.report.rejected).toBe(2);
      expect(series.report.issues.map((issue) => issue.reason)).toEqual(["hole", "not_an_object"]);
    }
    const thrown = probe(["aggregate"], () => aggregate(sparse, baseOptions as Loose));
    expect(thrown.ok ? null : thrown.error.code).toBe("invalid_record");
    // Every record rejected is said loudly (a KpiError naming the first one), unless allowed.
    const holes = probe(["aggregate"], () =>
      aggregate(new Array(5), { ...baseOptions, onInvalid: "skip" } as Loose),
    );
    expect(holes.ok ? null : holes.error.issues.map((issue) => issue.path)).toEqual([
      ["records"],
      [0],
    ]);
    const allowed = probe(["aggregate"], () =>
      aggregate(new Array(5), {
        ...baseOptions,
        onInvalid: "skip",
        allowAllRejected: true,
      } as Loose),
    );
    expect(allowed.ok && (allowed.value as ReturnType<typeof aggregate>).report.rejected).toBe(5);
  });

  it("Object.prototype names as group keys and accessors", () => {
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]) {
      const records = JSON.parse(
        JSON.stringify([
          { at: "2025-01-05T00:00:00Z", amount: "1", group: key },
          { at: "2025-01-06T00:00:00Z", amount: "2", group: "other" },
          { at: "2025-01-07T00:00:00Z", amount: "4", group: key },
        ]),
      );
      const outcome = probe(["aggregate"], () =>
        aggregate(records, {
          date: "at",
          granularity: "month",
          groupBy: "group",
          measures: { revenue: sum("amount") },
        }),
      );
      expect(outcome.ok).toBe(true);
      const series = (outcome as { value: Loose }).value;
      expect(series.at("2025-01", key)?.values.revenue.toString()).toBe("5");
      expect(series.at("2025-01", "other")?.values.revenue.toString()).toBe("2");
      // As a property name of an accessor, an inherited member is never read as a value.
      for (const make of [sum, count, countDistinct, first, last, min, max, mean] as const) {
        const read = probe(["aggregate", make.name], () =>
          aggregate([{ at: "2025-01-05T00:00:00Z" }], {
            date: "at",
            granularity: "month",
            measures: { x: (make as (a: string) => Loose)(key) },
          }),
        );
        if (make === count) continue; // count(name) reads a boolean property
        expect(read.ok, `${make.name}("${key}") must not read Object.prototype`).toBe(false);
      }
      const grouped = probe(["aggregate"], () =>
        aggregate([{ at: "2025-01-05T00:00:00Z", amount: 1 }], {
          date: "at",
          granularity: "month",
          groupBy: key,
          measures: { revenue: sum("amount") },
        } as Loose),
      );
      expect(grouped.ok, `groupBy "${key}" must not read Object.prototype`).toBe(false);
      const dated = probe(["aggregate"], () =>
        aggregate([{ amount: 1 }], {
          date: key,
          granularity: "month",
          measures: { revenue: sum("amount") },
        } as Loose),
      );
      expect(dated.ok).toBe(false);
    }
  });

  it("hostile options", () => {
    const option = (name: string) => (value: unknown) =>
      aggregate(good, { ...baseOptions, [name]: value } as Loose);
    for (const name of [
      "date",
      "granularity",
      "calendar",
      "groupBy",
      "measures",
      "range",
      "fill",
      "onInvalid",
      "indexOffset",
    ]) {
      eachHostile(["aggregate"], `aggregate option ${name}`, option(name));
    }
    eachHostile(["aggregate"], "aggregate options", (value) => aggregate(good, value as Loose));
    eachHostile(["aggregate"], "aggregate measure", (value) =>
      aggregate(good, { ...baseOptions, measures: { x: value } } as Loose),
    );
    eachHostile(["aggregate"], "aggregate range.from", (value) =>
      aggregate(good, { ...baseOptions, range: { from: value, to: "2025-03" } } as Loose),
    );
    eachHostile(["aggregate"], "aggregate range.to", (value) =>
      aggregate(good, { ...baseOptions, range: { from: "2025-01", to: value } } as Loose),
    );
    eachHostile(["aggregate"], "aggregate calendar.timeZone", (value) =>
      aggregate(good, { ...baseOptions, calendar: { timeZone: value } } as Loose),
    );
    for (const make of [sum, count, countDistinct, first, last, min, max, mean] as const) {
      eachHostile([make.name, "aggregate"], `${make.name} accessor`, (value) =>
        (make as (a: unknown) => Loose)(value),
      );
    }
    // Accessor functions that return hostile values, or throw a KpiError of their own.
    eachHostile(["aggregate"], "aggregate function accessor", (value) =>
      aggregate(good, {
        ...baseOptions,
        onInvalid: "collect",
        measures: { x: sum(() => value) },
      } as Loose),
    );
  });
});

describe("series operations with hostile arguments", () => {
  const series = aggregate(good, baseOptions as Loose);
  const json = JSON.parse(JSON.stringify(serializeSeries(series)));
  const operations: [string, readonly string[], (value: unknown) => unknown][] = [
    ["rollup granularity", ["rollup"], (value) => rollup(series, value as Loose)],
    ["rollup series", ["rollup"], (value) => rollup(value as Loose, "quarter")],
    ["rolling series", ["rolling"], (value) => rolling(value as Loose, 2)],
    ["toDate granularity", ["toDate"], (value) => toDate(series, value as Loose)],
    ["toDate series", ["toDate"], (value) => toDate(value as Loose, "year")],
    ["compare offset", ["compare"], (value) => compare(series, value as Loose)],
    ["compare series", ["compare"], (value) => compare(value as Loose, 1)],
    ["growth measure", ["growth"], (value) => growth(series, value as Loose, 1)],
    ["growth offset", ["growth"], (value) => growth(series, "revenue", value as Loose)],
    ["total series", ["total"], (value) => total(value as Loose)],
    [
      "metricSeries mapping",
      ["metricSeries", "win_rate"],
      (value) => metricSeries(series, winRate, value as Loose),
    ],
    [
      "metricSeries mapping.lost",
      ["metricSeries", "win_rate"],
      (value) => metricSeries(series, winRate, { won: "won", lost: value } as Loose),
    ],
    ["metricSeries metric", ["metricSeries"], (value) => metricSeries(series, value as Loose, {})],
    ["mergeSeries b", ["mergeSeries"], (value) => mergeSeries(series, value as Loose)],
    ["serializeSeries", ["serializeSeries"], (value) => serializeSeries(value as Loose)],
    [
      "deserializeSeries json",
      ["deserializeSeries"],
      (value) => deserializeSeries(value, measures),
    ],
    [
      "deserializeSeries measures",
      ["deserializeSeries"],
      (value) => deserializeSeries(json, value as Loose),
    ],
    ...Object.keys(json).map(
      (key) =>
        [
          `deserializeSeries json.${key}`,
          ["deserializeSeries"],
          (value: unknown) => deserializeSeries({ ...json, [key]: value }, measures),
        ] as [string, readonly string[], (value: unknown) => unknown],
    ),
    [
      "deserializeSeries a sum state",
      ["deserializeSeries", "sum"],
      (value) => {
        // The first sum state's integer replaced by the hostile value (as text when it is not a string).
        const text = JSON.stringify(json).replace(
          /"integer":"[^"]*"/,
          `"integer":${JSON.stringify(typeof value === "string" ? value : typeof value)}`,
        );
        return deserializeSeries(JSON.parse(text), measures);
      },
    ],
  ];
  it.each(operations)("%s", (name, subjects, template) => {
    eachHostile(subjects, name, template);
  });

  it("rolling with a hostile window size", () => {
    // A window far longer than the series (epoch seconds passed as n) must not loop over it.
    eachHostile(["rolling"], "rolling n", (value) => rolling(series, value as Loose));
  });

  it("customerActivity", () => {
    const orders = [
      { at: "2025-01-05T00:00:00Z", customer: "A" },
      { at: "2025-02-05T00:00:00Z", customer: "A" },
    ];
    for (const field of ["at", "customer"] as const) {
      eachHostile(["customerActivity"], `customerActivity record.${field}`, (value) =>
        customerActivity([...orders, { ...orders[0], [field]: value }], {
          date: "at",
          customer: "customer",
          granularity: "month",
        } as Loose),
      );
    }
    for (const name of [
      "date",
      "customer",
      "granularity",
      "calendar",
      "order",
      "range",
      "onInvalid",
    ]) {
      eachHostile(["customerActivity"], `customerActivity option ${name}`, (value) =>
        customerActivity(orders, {
          date: "at",
          customer: "customer",
          granularity: "month",
          [name]: value,
        } as Loose),
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Targets and formatting.

describe("Object.prototype names as metric ids, input names, groups and weights", () => {
  const names = ["__proto__", "constructor", "toString", "hasOwnProperty"];
  it("are unknown metric ids, never inherited members", () => {
    for (const name of names) {
      const lookup = probe(["getMetric"], () => getMetric(name));
      expect(lookup.ok ? null : lookup.error.code).toBe("unknown_metric");
      expect(hasMetric(name)).toBe(false);
      const evaluated = probe(["evaluate"], () =>
        evaluate({ metric: name as never, actual: 1, target: 2 }),
      );
      expect(evaluated.ok).toBe(false);
      const parsed = probe(["parseTargets"], () =>
        parseTargets(
          `{"targets":[{"metric":${JSON.stringify(name)},"period":"2025-03","target":1}]}`,
        ),
      );
      expect(parsed.ok ? null : parsed.error.code).toBe("unknown_metric");
      const defined = probe(["defineMetric"], () =>
        defineMetric({
          id: name,
          label: { en: "c", id: "c" },
          description: { en: "c", id: "c" },
          formula: "a",
          category: "sales",
          unit: "count",
          direction: "higher_is_better",
          inputs: { a: { domain: "count", rollup: "sum", label: { en: "a", id: "a" } } },
          references: ["https://example.com/"],
          compute: ({ a }: Loose) => ({ value: a, reason: null }),
        } as Loose),
      );
      // "constructor" is a valid snake_case id for a metric of your own; it must then work as one.
      expect(defined.ok).toBe(name === "constructor");
      if (defined.ok) {
        const custom = defined.value as AnyMetric;
        const own = probe(["parseTargets"], () =>
          parseTargets(
            { targets: [{ metric: name, period: "2025-03", target: 5 }] },
            { metrics: [custom] },
          ),
        );
        expect(own.ok && (own.value as Loose)[0].metricId).toBe(name);
        const evaluation = probe(["evaluate"], () =>
          evaluate({ metric: custom, actual: 4, target: 5 }),
        );
        expect(evaluation.ok && (evaluation.value as Loose).metricId).toBe(name);
      }
    }
  });

  it("are ordinary target groups and scorecard weight keys", () => {
    const targets = parseTargets(
      JSON.parse(
        `{"targets":[${names
          .map(
            (name, index) =>
              `{"metric":"win_rate","period":"2025-03","target":${(index + 1) / 10},"group":${JSON.stringify(name)}}`,
          )
          .join(",")}]}`,
      ),
    );
    const points = [...names, "other"].map((group) => ({
      period: { key: "2025-03" },
      value: winRate({ won: 1, lost: 3 }),
      group,
    }));
    const outcome = probe(["evaluateSeries"], () =>
      evaluateSeries(points, targets, { metric: winRate }),
    );
    expect(outcome.ok).toBe(true);
    const rows = (outcome as { value: Loose[] }).value;
    expect(rows.map((row) => row.evaluation.target?.toString() ?? null)).toEqual([
      "0.1",
      "0.2",
      "0.3",
      "0.4",
      null,
    ]);
    const weighted = probe(["scorecard"], () =>
      scorecard(
        names.map((id) => ({ direction: "higher_is_better" as const, id, actual: 1, target: 1 })),
        { weights: new Map(names.map((id, index) => [id, index + 1])) },
      ),
    );
    expect(weighted.ok && (weighted.value as Loose).scoredWeight.toString()).toBe("10");
  });
});

describe("targets with hostile values", () => {
  const evaluation = evaluate({ metric: winRate, actual: 0.25, target: 0.3 });
  it("evaluate", () => {
    const base = { metric: winRate, actual: 0.25, target: 0.3 };
    for (const field of ["metric", "direction", "id", "actual", "target", "bands", "attainment"]) {
      eachHostile(["evaluate"], `evaluate ${field}`, (value) =>
        evaluate({ ...base, [field]: value } as Loose),
      );
    }
    eachHostile(["evaluate"], "evaluate target.min", (value) =>
      evaluate({ direction: "neutral", actual: 1, target: { min: value, max: 2 } } as Loose),
    );
    eachHostile(["evaluate"], "evaluate bands.onTrack", (value) =>
      evaluate({ ...base, bands: { onTrack: value, atRisk: 0.9 } } as Loose),
    );
    eachHostile(["evaluate"], "evaluate input", (value) => evaluate(value as Loose));
  });

  it("pace", () => {
    const base = {
      metric: salesRevenue,
      actualToDate: "520000000",
      target: "1250000000",
      period: "2025-03",
      asOf: "2025-03-16T12:00",
      calendar: { timeZone: "Asia/Jakarta" },
    };
    for (const field of [
      "metric",
      "direction",
      "actualToDate",
      "target",
      "period",
      "asOf",
      "calendar",
      "curve",
      "bands",
      "attainment",
    ]) {
      eachHostile(["pace"], `pace ${field}`, (value) => pace({ ...base, [field]: value } as Loose));
    }
    eachHostile(["pace"], "pace curve.weights", (value) =>
      pace({ ...base, period: "2025-Q1", curve: { by: "month", weights: [1, value, 1] } } as Loose),
    );
    eachHostile(["pace"], "pace curve function", (value) =>
      pace({ ...base, curve: { by: "day", weights: () => value } } as Loose),
    );
    eachHostile(["pace"], "pace input", (value) => pace(value as Loose));
    eachHostile(["isPaceable"], "isPaceable", (value) => isPaceable(value as Loose));
  });

  it("scorecard", () => {
    const entry = { metric: winRate, actual: 0.25, target: 0.3 };
    for (const field of ["metric", "actual", "target", "weight", "label", "id"]) {
      eachHostile(["scorecard"], `scorecard entry.${field}`, (value) =>
        scorecard([entry, { ...entry, metric: unitsSold, [field]: value }] as Loose),
      );
    }
    eachHostile(["scorecard"], "scorecard entries", (value) => scorecard(value as Loose));
    eachHostile(["scorecard"], "scorecard entry", (value) => scorecard([entry, value] as Loose));
    for (const field of ["cap", "weights", "bands"]) {
      eachHostile(["scorecard"], `scorecard options.${field}`, (value) =>
        scorecard([entry], { [field]: value } as Loose),
      );
    }
    eachHostile(["scorecard"], "scorecard options", (value) => scorecard([entry], value as Loose));
    eachHostile(["scorecard"], "scorecard weights entry", (value) =>
      scorecard([entry], { weights: new Map([["win_rate", value]]) } as Loose),
    );
  });

  it("parseTargets and evaluateSeries", () => {
    const entry = { metric: "win_rate", period: "2025-03", target: 0.3 };
    for (const field of [
      "metric",
      "period",
      "target",
      "bands",
      "weight",
      "group",
      "label",
      "extra",
    ]) {
      eachHostile(["parseTargets"], `parseTargets entry.${field}`, (value) =>
        parseTargets({
          targets: [entry, { ...entry, period: "2025-04", [field]: value }],
        } as Loose),
      );
    }
    eachHostile(["parseTargets"], "parseTargets input", (value) => parseTargets(value));
    eachHostile(["parseTargets"], "parseTargets targets", (value) =>
      parseTargets({ targets: value }),
    );
    eachHostile(["parseTargets"], "parseTargets entry", (value) =>
      parseTargets({ targets: [value] }),
    );
    eachHostile(["parseTargets"], "parseTargets options", (value) =>
      parseTargets({ targets: [entry] }, value as Loose),
    );
    eachHostile(["parseTargets"], "parseTargets calendar", (value) =>
      parseTargets({ targets: [entry] }, { calendar: value } as Loose),
    );
    eachHostile(["parseTargets"], "parseTargets metrics", (value) =>
      parseTargets({ targets: [entry] }, { metrics: value } as Loose),
    );
    eachHostile(["parseTargets"], "parseTargets JSON text", (value) =>
      parseTargets(
        `{"targets":[{"metric":"win_rate","period":"2025-03","target":${JSON.stringify(typeof value === "string" ? value : typeof value)}}]}`,
      ),
    );
    const targets = parseTargets({ targets: [entry] });
    eachHostile(["evaluateSeries"], "evaluateSeries points", (value) =>
      evaluateSeries(value as Loose, targets, { metric: winRate }),
    );
    eachHostile(["evaluateSeries"], "evaluateSeries point value", (value) =>
      evaluateSeries([{ period: { key: "2025-03" }, value }] as Loose, targets, {
        metric: winRate,
      }),
    );
    eachHostile(["evaluateSeries"], "evaluateSeries point", (value) =>
      evaluateSeries([value] as Loose, targets, { metric: winRate }),
    );
    eachHostile(["evaluateSeries"], "evaluateSeries targets", (value) =>
      evaluateSeries([{ period: { key: "2025-03" }, value: null }] as Loose, value as Loose, {
        metric: winRate,
      }),
    );
    eachHostile(["evaluateSeries"], "evaluateSeries options", (value) =>
      evaluateSeries(
        [{ period: { key: "2025-03" }, value: null }] as Loose,
        targets,
        value as Loose,
      ),
    );
  });

  it("formatValue, formatEvaluation and labels", () => {
    eachHostileText(["formatValue"], "formatValue value", (value) =>
      formatValue(value as Loose, "currency", { currency: "IDR" }),
    );
    eachHostileText(["formatValue"], "formatValue unit", (value) => formatValue(1, value as Loose));
    for (const field of [
      "locale",
      "currency",
      "fractionDigits",
      "roundingMode",
      "notation",
      "placeholder",
      "signDisplay",
    ]) {
      eachHostileText(["formatValue"], `formatValue options.${field}`, (value) =>
        formatValue("1234.5", "currency", { currency: "IDR", [field]: value } as Loose),
      );
    }
    eachHostileText(["formatValue"], "formatValue options", (value) =>
      formatValue("0.25", "ratio", value as Loose),
    );
    eachHostileText(["formatEvaluation"], "formatEvaluation evaluation", (value) =>
      formatEvaluation(value as Loose),
    );
    for (const field of ["locale", "unit", "metric", "fractionDigits", "currency"]) {
      eachHostileText(
        ["formatEvaluation", "formatValue"],
        `formatEvaluation options.${field}`,
        (value) => formatEvaluation(evaluation, { [field]: value } as Loose),
      );
    }
    eachHostileText(["label"], "label metric", (value) => label(value as Loose));
    eachHostileText(["label"], "label locale", (value) => label(winRate, value as Loose));
    eachHostileText(["describeMetric"], "describeMetric locale", (value) =>
      describeMetric(winRate, value as Loose),
    );
    eachHostileText(["statusLabel"], "statusLabel status", (value) => statusLabel(value as Loose));
    eachHostileText(["statusLabel"], "statusLabel locale", (value) =>
      statusLabel("on_track", value as Loose),
    );
  });
});

// Last in the file, so that it counts every case above (vitest runs a file's tests in order).
describe("the hostile-input suite", () => {
  it("ran more than 500 cases", () => {
    expect(caseCount()).toBeGreaterThan(500);
  });
});
