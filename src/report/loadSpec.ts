import { readFileSync } from "node:fs";
import { basename, dirname, extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { KpiIssue } from "../core/errors.js";
import { isKpiError, KpiError, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { catalog } from "../metrics/index.js";
import type { AnyMetric } from "../model/types.js";
import { parseRateTable, type RateTable } from "../money/index.js";
import { parsePeriod } from "../period/index.js";
import { checkData } from "./checkData.js";
import { checkDateFormat } from "./dateFormat.js";
import * as REPORT_EXPECTED from "./messages.js";
import { emptyReview, type ResolvedReview, resolveReview } from "./resolveReview.js";
import { type Add, checkValueOf, isDescribed, type Path, type Skipped } from "./specChecks.js";
import { reportSpecSchema } from "./specSchema.js";
import type { ReportSpec, SpecCondition, SpecMeasure, SpecSource } from "./types.js";

/** A checked report spec, with its directory and its metrics resolved. @internal */
export interface LoadedSpec {
  /** The spec file, as given. */
  readonly file: string;
  /** The directory paths in the spec are relative to. */
  readonly dir: string;
  readonly spec: ReportSpec;
  /** The metric of each entry of `spec.metrics`, in order. */
  readonly metrics: readonly AnyMetric[];
  /** The source of each measure name. */
  readonly measureSource: ReadonlyMap<string, string>;
  /** The review features, resolved (identities, alert rules). */
  readonly review: ResolvedReview;
  /** The rate table of each convertedSum measure, by measure name. */
  readonly rates: ReadonlyMap<string, RateTable>;
}

const noneSkipped = (): Skipped => ({
  top: new Set(),
  sources: new Set(),
  metrics: new Set(),
  measures: new Map(),
});

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The parts of a spec whose shape is right, and what was left out. */
function wellShaped(
  data: Record<string, unknown>,
  paths: readonly (readonly (string | number)[])[],
): { spec: ReportSpec; skipped: Skipped } {
  const top = new Set<string>();
  const sources = new Set<string>();
  const metrics = new Set<number>();
  for (const path of paths) {
    const [head, second] = path;
    if (head === undefined) continue;
    if (head === "sources" && second !== undefined) sources.add(String(second));
    else if (head === "metrics" && typeof second === "number") metrics.add(second);
    else top.add(String(head));
  }
  const spec: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (!top.has(key)) spec[key] = value;
  const measures = new Map<string, string>();
  if (isPlainObject(spec.sources)) {
    const kept: Record<string, unknown> = {};
    for (const [name, source] of Object.entries(spec.sources)) {
      if (!sources.has(name)) kept[name] = source;
      else if (isPlainObject(source) && isPlainObject(source.measures)) {
        for (const measure of Object.keys(source.measures)) measures.set(measure, name);
      }
    }
    spec.sources = kept;
  } else {
    spec.sources = {};
    top.add("sources");
  }
  if (!Array.isArray(spec.metrics)) {
    spec.metrics = [];
    top.add("metrics");
  }
  return { spec: spec as unknown as ReportSpec, skipped: { top, sources, metrics, measures } };
}

/** Options of {@link loadSpec}. @internal */
export interface LoadSpecOptions {
  /**
   * Also check against the data (what `kinerja validate` does): each file source's header has the
   * columns the spec reads, and each targets file is valid.
   */
  readonly checkData?: boolean;
}

const MEASURE_KINDS = [
  "count",
  "sum",
  "countDistinct",
  "mean",
  "min",
  "max",
  "first",
  "last",
  "convertedSum",
  "customers",
] as const;
const CONVERSION_KEYS = ["currency", "rates", "to", "method"] as const;
const FILE_TYPES: Readonly<Record<string, "csv" | "ndjson" | "json">> = {
  ".csv": "csv",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".json": "json",
};

/**
 * The type of a file source: its `type`, else from its extension.
 *
 * @param file - The file name.
 * @param type - The `type` of the source, if given.
 * @returns The type, or undefined when neither says.
 * @internal
 */
export function fileType(
  file: string,
  type: "csv" | "ndjson" | "json" | undefined,
): "csv" | "ndjson" | "json" | undefined {
  return type ?? FILE_TYPES[extname(file).toLowerCase()];
}

/** The line and column of a character offset in a text. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length} column ${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/**
 * Where JSON text stops being valid: the shortest prefix that fails for another reason than its
 * end (found by bisection, as Node's messages do not always give a position).
 */
function syntaxErrorAt(text: string): number | undefined {
  const fails = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      const message = (error as Error).message;
      const at = /at position (\d+)/.exec(message);
      // Running out of text is not the error sought; an error before the end is.
      return !/end of JSON input/i.test(message) && (at === null || Number(at[1]) < length);
    }
  };
  if (!fails(text.length)) return undefined;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fails(middle)) high = middle;
    else low = middle + 1;
  }
  return Math.max(0, low - 1);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isLocale(value: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([value]).length > 0;
  } catch {
    return false;
  }
}

function isCurrency(value: string): boolean {
  if (!/^[A-Z]{3}$/.test(value)) return false;
  try {
    new Intl.NumberFormat("en-US", { style: "currency", currency: value });
    return true;
  } catch {
    return false;
  }
}

const camelCase = (id: string): string =>
  id.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function isMetric(value: unknown): value is AnyMetric {
  return (
    typeof value === "function" &&
    typeof (value as { id?: unknown }).id === "string" &&
    typeof (value as { evaluate?: unknown }).evaluate === "function" &&
    typeof (value as { inputs?: unknown }).inputs === "object"
  );
}

/**
 * Reads, checks and resolves a report spec: the JSON, its shape (the zod schema) and what the
 * schema cannot say (one origin per source, one kind per measure, conditions, date formats,
 * locales, metric ids and their inputs, measure names, period keys, the review features) and, with
 * `checkData`, the data (headers, targets files). Problems of shape and of meaning are listed
 * together: the checks of meaning run on every part whose shape is right. Every problem is listed,
 * each with its JSON path, in one `KpiError` whose subject is the file name.
 *
 * @param file - The spec file.
 * @param options - Whether to check against the data too.
 * @returns The checked spec.
 * @throws {KpiError} listing every problem.
 * @internal
 */
export async function loadSpec(file: string, options: LoadSpecOptions = {}): Promise<LoadedSpec> {
  const subject = basename(file);
  const issues: KpiIssue[] = [];
  const add = (
    code: KpiIssue["code"],
    path: Path,
    expected: string,
    received: unknown,
    where?: string,
  ): void => {
    issues.push(
      makeIssue({
        code,
        subject,
        path,
        expected,
        received: isDescribed(received) ? received.text : describe(received),
        ...(where === undefined ? {} : { where }),
      }),
    );
  };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    add(
      "invalid_argument",
      [],
      REPORT_EXPECTED.readableFile,
      (error as Error).message,
      "the spec file",
    );
    throw new KpiError(issues);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = syntaxErrorAt(text);
    const where = position === undefined ? "the file" : lineColumn(text, position);
    add("invalid_argument", [], REPORT_EXPECTED.jsonText, (error as Error).message, where);
    throw new KpiError(issues);
  }
  const parsed = reportSpecSchema().safeParse(data);
  const shapeIssues: (readonly (string | number)[])[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
      const received = valueAt(data, path);
      switch (issue.code) {
        case "unrecognized_keys":
          for (const key of issue.keys) {
            const known = Object.keys((reportSpecKnownKeys(path) ?? {}) as Record<string, unknown>);
            add(
              "invalid_option",
              [...path, key],
              REPORT_EXPECTED.knownKey(known),
              valueAt(received, [key]),
            );
            shapeIssues.push([...path, key]);
          }
          break;
        case "invalid_type":
          add("invalid_option", path, REPORT_EXPECTED.typed(issue.expected), received);
          shapeIssues.push(path);
          break;
        case "invalid_value":
          add("invalid_option", path, REPORT_EXPECTED.oneOfValues(issue.values), received);
          shapeIssues.push(path);
          break;
        default:
          add(
            "invalid_option",
            path,
            issue.message.replace(/^(Invalid input: )?[Ee]xpected /, ""),
            received,
          );
          shapeIssues.push(path);
      }
    }
    if (data === null || typeof data !== "object" || Array.isArray(data))
      throw new KpiError(dedupe(issues));
  }
  // The checks of meaning run on the parts whose shape is right.
  const { spec, skipped } = parsed.success
    ? { spec: parsed.data, skipped: noneSkipped() }
    : wellShaped(data as Record<string, unknown>, shapeIssues);
  const dir = dirname(resolve(file));
  checkSpec(spec, add, skipped);
  const { metrics, measureSource } = await resolveMetrics(spec, dir, add, skipped);
  const review = skipped.top.has("review")
    ? emptyReview()
    : resolveReview(spec, dir, { metrics, measureSource, skipped }, add);
  const rates = readRates(spec, dir, add);
  if (options.checkData === true) checkData(spec, dir, metrics, skipped, add);
  if (issues.length > 0) throw new KpiError(dedupe(issues));
  return { file, dir, spec, metrics, measureSource, review, rates };
}

/**
 * The rate table of each convertedSum measure, read from its file (relative to the spec); a file
 * that cannot be read or is not a rate table is listed at the measure's `rates`.
 *
 * @internal
 */
function readRates(spec: ReportSpec, dir: string, add: Add): Map<string, RateTable> {
  const tables = new Map<string, RateTable>();
  const cache = new Map<string, RateTable | null>();
  for (const [sourceName, source] of Object.entries(spec.sources)) {
    for (const [measureName, measure] of Object.entries(source.measures)) {
      if (!("convertedSum" in measure) || measure.rates === undefined) continue;
      const path: Path = ["sources", sourceName, "measures", measureName, "rates"];
      const file = resolve(dir, measure.rates);
      if (!cache.has(file)) {
        let table: RateTable | null = null;
        try {
          table = parseRateTable(readFileSync(file, "utf8"));
        } catch (error) {
          const detail = isKpiError(error)
            ? error.issues.map((issue) => issue.message).join("; ")
            : (error as Error).message;
          add("invalid_option", path, REPORT_EXPECTED.rateTable, detail);
        }
        cache.set(file, table);
      }
      const table = cache.get(file);
      if (table !== undefined && table !== null) tables.set(measureName, table);
    }
  }
  return tables;
}

function dedupe(issues: readonly KpiIssue[]): KpiIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    if (seen.has(issue.message)) return false;
    seen.add(issue.message);
    return true;
  });
}

/** The keys an object at a path of the spec may have, for the message of an unknown key. */
function reportSpecKnownKeys(path: readonly (string | number)[]): object | undefined {
  const [head, , third, , fifth] = path;
  const condition = { column: 0, eq: 0, ne: 0, in: 0, is: 0, all: 0, any: 0, not: 0 };
  if (path.length === 0) {
    return {
      $schema: 0,
      title: 0,
      locale: 0,
      currency: 0,
      calendar: 0,
      granularity: 0,
      range: 0,
      period: 0,
      onInvalid: 0,
      sources: 0,
      metrics: 0,
      targets: 0,
      comparisons: 0,
      groupBy: 0,
      review: 0,
    };
  }
  if (head === "review" && path.length === 1)
    return { intervals: 0, decompositions: 0, projection: 0, alerts: 0 };
  if (head === "review" && path[1] === "intervals") return { confidence: 0, method: 0, minimum: 0 };
  if (head === "review" && path[1] === "projection" && path.length === 2)
    return { metric: 0, asOf: 0, confidence: 0, band: 0, businessDays: 0 };
  if (head === "review" && path[1] === "projection") return { holidays: 0, weekend: 0 };
  if (head === "review" && path[1] === "decompositions" && path.length === 3)
    return { identity: 0, values: 0, against: 0, places: 0 };
  if (head === "sources" && path.length === 2) {
    return {
      file: 0,
      type: 0,
      delimiter: 0,
      duckdb: 0,
      postgres: 0,
      clickhouse: 0,
      date: 0,
      numberLocale: 0,
      where: 0,
      groupBy: 0,
      customer: 0,
      order: 0,
      measures: 0,
    };
  }
  if (head === "sources" && third === "duckdb") return { database: 0, table: 0, file: 0, query: 0 };
  if (head === "sources" && third === "postgres") return { url: 0, table: 0 };
  if (head === "sources" && third === "clickhouse")
    return { url: 0, database: 0, table: 0, file: 0, query: 0 };
  if (head === "sources" && third === "date") return { column: 0, format: 0 };
  if (head === "sources" && third === "measures" && path.length === 4) {
    return Object.fromEntries([...MEASURE_KINDS, "where", ...CONVERSION_KEYS].map((k) => [k, 0]));
  }
  if (head === "sources" && (third === "where" || fifth !== undefined)) return condition;
  if (head === "metrics") return { metric: 0, module: 0, export: 0, inputs: 0 };
  if (head === "range") return { from: 0, to: 0 };
  if (head === "calendar") {
    return {
      timeZone: 0,
      weekStartsOn: 0,
      fiscalYearStartMonth: 0,
      fiscalYearNaming: 0,
      retail: 0,
    };
  }
  return undefined;
}

function checkCondition(condition: SpecCondition, path: Path, add: Add): void {
  const keys = Object.keys(condition);
  const combinators = keys.filter((key) => key === "all" || key === "any" || key === "not");
  const comparisons = keys.filter(
    (key) => key === "eq" || key === "ne" || key === "in" || key === "is",
  );
  const hasColumn = keys.includes("column");
  if (combinators.length + comparisons.length !== 1 || (comparisons.length === 1) !== hasColumn) {
    add("invalid_option", path, REPORT_EXPECTED.condition, condition);
    return;
  }
  if ("in" in condition && condition.in.length === 0) {
    add("invalid_option", [...path, "in"], REPORT_EXPECTED.inValues, condition.in);
  }
  if ("all" in condition) {
    for (const [i, c] of condition.all.entries()) checkCondition(c, [...path, "all", i], add);
  }
  if ("any" in condition) {
    for (const [i, c] of condition.any.entries()) checkCondition(c, [...path, "any", i], add);
  }
  if ("not" in condition) checkCondition(condition.not, [...path, "not"], add);
}

function checkMeasure(
  measure: SpecMeasure,
  path: Path,
  add: Add,
  context: {
    readonly database: boolean;
    readonly currency: string | undefined;
    readonly customer: string | undefined;
  },
): void {
  const kinds = MEASURE_KINDS.filter((kind) => kind in measure);
  if (kinds.length !== 1) {
    add("invalid_option", path, REPORT_EXPECTED.oneMeasureKind, measure);
    return;
  }
  if ("customers" in measure) {
    if (context.database)
      add("invalid_option", [...path, "customers"], REPORT_EXPECTED.customersInFile, measure);
    else if (context.customer === undefined)
      add("invalid_option", [...path, "customers"], REPORT_EXPECTED.customersNeedColumn, measure);
  }
  if ("convertedSum" in measure) {
    if (context.database)
      add("invalid_option", [...path, "convertedSum"], REPORT_EXPECTED.convertedInFile, measure);
    if (measure.currency === undefined)
      add("invalid_option", [...path, "currency"], REPORT_EXPECTED.conversionCurrency, undefined);
    else if (typeof measure.currency === "string" && !isCurrency(measure.currency))
      add("invalid_option", [...path, "currency"], REPORT_EXPECTED.currency, measure.currency);
    if (measure.rates === undefined)
      add("invalid_option", [...path, "rates"], REPORT_EXPECTED.ratesFile, undefined);
    const to = measure.to ?? context.currency;
    if (to === undefined || !isCurrency(to))
      add("invalid_option", [...path, "to"], REPORT_EXPECTED.conversionTarget, measure.to);
  } else {
    for (const key of CONVERSION_KEYS) {
      if (key in measure)
        add(
          "invalid_option",
          [...path, key],
          REPORT_EXPECTED.onlyConverted,
          (measure as Record<string, unknown>)[key],
        );
    }
  }
  const where = (measure as { readonly where?: unknown }).where;
  if (where !== undefined && !("sum" in measure)) {
    add("invalid_option", [...path, "where"], REPORT_EXPECTED.whereOnSum, where);
  }
  if ("where" in measure && measure.where !== undefined)
    checkCondition(measure.where, [...path, "where"], add);
  if ("count" in measure && measure.count !== true)
    checkCondition(measure.count, [...path, "count"], add);
}

function checkSource(name: string, source: SpecSource, add: Add, spec: ReportSpec): void {
  const path: Path = ["sources", name];
  const origins = (["file", "duckdb", "postgres", "clickhouse"] as const).filter(
    (key) => key in source,
  );
  if (origins.length !== 1) add("invalid_option", path, REPORT_EXPECTED.oneOrigin, origins);
  if ("file" in source && origins.length === 1) {
    if (fileType(source.file, source.type) === undefined) {
      add("invalid_option", [...path, "file"], REPORT_EXPECTED.fileType, source.file);
    }
    if (source.delimiter !== undefined && [...source.delimiter].length !== 1) {
      add("invalid_option", [...path, "delimiter"], REPORT_EXPECTED.delimiter, source.delimiter);
    }
  }
  if ("duckdb" in source && origins.length === 1) {
    const { table, file, query } = source.duckdb;
    if ([table, file, query].filter((x) => x !== undefined).length !== 1) {
      add("invalid_option", [...path, "duckdb"], REPORT_EXPECTED.duckdbOrigin, source.duckdb);
    }
  }
  if ("clickhouse" in source && origins.length === 1) {
    const { url, table, file, query, database } = source.clickhouse;
    const given = [table, file, query].filter((x) => x !== undefined).length;
    if (given !== 1 || (url !== undefined && (table === undefined || database !== undefined)))
      add(
        "invalid_option",
        [...path, "clickhouse"],
        REPORT_EXPECTED.clickhouseOrigin,
        source.clickhouse,
      );
  }
  const date = typeof source.date === "string" ? { column: source.date } : source.date;
  if (date.format !== undefined && date.format !== "iso" && !checkDateFormat(date.format)) {
    add("invalid_option", [...path, "date", "format"], REPORT_EXPECTED.dateFormat, date.format);
  }
  if (source.numberLocale !== undefined && !isLocale(source.numberLocale)) {
    add("invalid_option", [...path, "numberLocale"], REPORT_EXPECTED.locale, source.numberLocale);
  }
  if (source.where !== undefined) checkCondition(source.where, [...path, "where"], add);
  if (typeof source.groupBy === "string" && spec.groupBy === undefined)
    add("invalid_option", [...path, "groupBy"], REPORT_EXPECTED.groupByTop, source.groupBy);
  const measures = Object.entries(source.measures);
  if (measures.length === 0)
    add(
      "invalid_option",
      [...path, "measures"],
      REPORT_EXPECTED.atLeastOneMeasure,
      source.measures,
    );
  const context = {
    database: !("file" in source),
    currency: spec.currency,
    customer: source.customer,
  };
  for (const [measureName, measure] of measures)
    checkMeasure(measure, [...path, "measures", measureName], add, context);
}

function checkSpec(spec: ReportSpec, add: Add, skipped: Skipped): void {
  if (spec.locale !== undefined && !isLocale(spec.locale))
    add("invalid_option", ["locale"], REPORT_EXPECTED.locale, spec.locale);
  if (spec.currency !== undefined && !isCurrency(spec.currency)) {
    add("invalid_option", ["currency"], REPORT_EXPECTED.currency, spec.currency);
  }
  const sources = Object.entries(spec.sources);
  if (sources.length === 0 && skipped.sources.size === 0 && !skipped.top.has("sources"))
    add("invalid_option", ["sources"], REPORT_EXPECTED.atLeastOneSource, spec.sources);
  for (const [name, source] of sources) checkSource(name, source, add, spec);
  if (spec.metrics.length === 0 && !skipped.top.has("metrics"))
    add("invalid_option", ["metrics"], REPORT_EXPECTED.atLeastOneMetric, spec.metrics);
  // Period keys mean nothing without the granularity and calendar they are read in.
  if (skipped.top.has("granularity") || skipped.top.has("calendar")) return;
  const granularity = spec.granularity ?? "month";
  const periodOk = (path: Path, key: string): boolean => {
    try {
      const period = parsePeriod(key, spec.calendar);
      if (period.granularity !== granularity) throw new Error(granularity);
      return true;
    } catch {
      add("invalid_period", path, REPORT_EXPECTED.period, key);
      return false;
    }
  };
  if (spec.range !== undefined) {
    const from = periodOk(["range", "from"], spec.range.from);
    const to = periodOk(["range", "to"], spec.range.to);
    if (from && to) {
      const start = parsePeriod(spec.range.from, spec.calendar).start;
      const end = parsePeriod(spec.range.to, spec.calendar).start;
      if (start.getTime() > end.getTime())
        add("invalid_period", ["range"], REPORT_EXPECTED.rangeOrder, spec.range);
    }
  }
  if (spec.period !== undefined) periodOk(["period"], spec.period);
}

async function resolveMetrics(
  spec: ReportSpec,
  dir: string,
  add: Add,
  skipped: Skipped,
): Promise<{ metrics: AnyMetric[]; measureSource: Map<string, string> }> {
  const measureSource = new Map<string, string>(skipped.measures);
  for (const [sourceName, source] of Object.entries(spec.sources)) {
    for (const measureName of Object.keys(source.measures)) {
      const other = measureSource.get(measureName);
      if (other !== undefined) {
        add(
          "invalid_option",
          ["sources", sourceName, "measures", measureName],
          REPORT_EXPECTED.uniqueMeasure(other),
          measureName,
        );
      } else {
        measureSource.set(measureName, sourceName);
      }
    }
  }
  const metrics: AnyMetric[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of spec.metrics.entries()) {
    if (skipped.metrics.has(index)) continue;
    const path: Path = ["metrics", index];
    let metric: AnyMetric | undefined;
    if (entry.module !== undefined) {
      try {
        const loaded = (await import(pathToFileURL(resolve(dir, entry.module)).href)) as Record<
          string,
          unknown
        >;
        const candidate = loaded[entry.export ?? camelCase(entry.metric)] ?? loaded.default;
        if (isMetric(candidate) && candidate.id === entry.metric) metric = candidate;
        else
          add(
            "invalid_option",
            [...path, "module"],
            REPORT_EXPECTED.moduleMetric(entry.metric),
            entry.module,
          );
      } catch (error) {
        add(
          "invalid_option",
          [...path, "module"],
          REPORT_EXPECTED.moduleMetric(entry.metric),
          (error as Error).message,
        );
      }
    } else {
      metric = catalog.find((candidate) => candidate.id === entry.metric);
      if (metric === undefined) {
        add(
          "unknown_metric",
          [...path, "metric"],
          REPORT_EXPECTED.metricId(catalog.map((m) => m.id)),
          entry.metric,
        );
      }
    }
    if (seen.has(entry.metric))
      add("invalid_option", [...path, "metric"], REPORT_EXPECTED.uniqueMetric, entry.metric);
    seen.add(entry.metric);
    if (metric === undefined) continue;
    metrics.push(metric);
    const inputs = metric.inputs as Readonly<Record<string, { readonly default?: unknown }>>;
    for (const [input, value] of Object.entries(entry.inputs)) {
      if (!Object.hasOwn(inputs, input)) {
        add(
          "unknown_input",
          [...path, "inputs", input],
          REPORT_EXPECTED.inputName(metric.id, Object.keys(inputs)),
          input,
          `metrics[${index}].inputs.${input}`,
        );
      } else {
        checkValueOf(value, [...path, "inputs", input], measureSource, add);
      }
    }
    for (const [input, inputSpec] of Object.entries(inputs)) {
      if (!Object.hasOwn(entry.inputs, input) && inputSpec.default === undefined) {
        add(
          "missing_input",
          [...path, "inputs", input],
          REPORT_EXPECTED.inputMapped(metric.id),
          undefined,
          `metrics[${index}].inputs.${input}`,
        );
      }
    }
  }
  const money = metrics.filter(
    (metric) => metric.unit === "currency" || metric.unit === "currency_per_day",
  );
  if (spec.currency === undefined && money.length > 0 && !skipped.top.has("currency")) {
    add(
      "invalid_option",
      ["currency"],
      REPORT_EXPECTED.currencyNeeded(money.map((m) => m.id)),
      undefined,
    );
  }
  return { metrics, measureSource };
}
