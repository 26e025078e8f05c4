import { readFileSync } from "node:fs";
import { basename, dirname, extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { KpiIssue } from "../core/errors.js";
import { KpiError, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { catalog } from "../metrics/index.js";
import type { AnyMetric } from "../model/types.js";
import { parsePeriod } from "../period/index.js";
import { checkDateFormat } from "./dateFormat.js";
import * as REPORT_EXPECTED from "./messages.js";
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
}

type Path = (string | number)[];

const MEASURE_KINDS = [
  "count",
  "sum",
  "countDistinct",
  "mean",
  "min",
  "max",
  "first",
  "last",
] as const;
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
 * locales, metric ids and their inputs, measure names, period keys). Every problem is listed, each
 * with its JSON path, in one `KpiError` whose subject is the file name.
 *
 * @param file - The spec file.
 * @returns The checked spec.
 * @throws {KpiError} listing every problem.
 * @internal
 */
export async function loadSpec(file: string): Promise<LoadedSpec> {
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
        received: describe(received),
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
          }
          break;
        case "invalid_type":
          add("invalid_option", path, REPORT_EXPECTED.typed(issue.expected), received);
          break;
        case "invalid_value":
          add("invalid_option", path, REPORT_EXPECTED.oneOfValues(issue.values), received);
          break;
        default:
          add(
            "invalid_option",
            path,
            issue.message.replace(/^(Invalid input: )?[Ee]xpected /, ""),
            received,
          );
      }
    }
    throw new KpiError(dedupe(issues));
  }
  const spec = parsed.data;
  const dir = dirname(resolve(file));
  checkSpec(spec, add);
  const { metrics, measureSource } = await resolveMetrics(spec, dir, add);
  if (issues.length > 0) throw new KpiError(dedupe(issues));
  return { file, dir, spec, metrics, measureSource };
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
    };
  }
  if (head === "sources" && path.length === 2) {
    return {
      file: 0,
      type: 0,
      delimiter: 0,
      duckdb: 0,
      postgres: 0,
      date: 0,
      numberLocale: 0,
      where: 0,
      measures: 0,
    };
  }
  if (head === "sources" && third === "duckdb") return { database: 0, table: 0, file: 0, query: 0 };
  if (head === "sources" && third === "postgres") return { url: 0, table: 0 };
  if (head === "sources" && third === "date") return { column: 0, format: 0 };
  if (head === "sources" && third === "measures" && path.length === 4) {
    return Object.fromEntries([...MEASURE_KINDS, "where"].map((k) => [k, 0]));
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

type Add = (
  code: KpiIssue["code"],
  path: Path,
  expected: string,
  received: unknown,
  where?: string,
) => void;

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

function checkMeasure(measure: SpecMeasure, path: Path, add: Add): void {
  const kinds = MEASURE_KINDS.filter((kind) => kind in measure);
  if (kinds.length !== 1) {
    add("invalid_option", path, REPORT_EXPECTED.oneMeasureKind, measure);
    return;
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

function checkSource(name: string, source: SpecSource, add: Add): void {
  const path: Path = ["sources", name];
  const origins = (["file", "duckdb", "postgres"] as const).filter((key) => key in source);
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
  const date = typeof source.date === "string" ? { column: source.date } : source.date;
  if (date.format !== undefined && date.format !== "iso" && !checkDateFormat(date.format)) {
    add("invalid_option", [...path, "date", "format"], REPORT_EXPECTED.dateFormat, date.format);
  }
  if (source.numberLocale !== undefined && !isLocale(source.numberLocale)) {
    add("invalid_option", [...path, "numberLocale"], REPORT_EXPECTED.locale, source.numberLocale);
  }
  if (source.where !== undefined) checkCondition(source.where, [...path, "where"], add);
  const measures = Object.entries(source.measures);
  if (measures.length === 0)
    add(
      "invalid_option",
      [...path, "measures"],
      REPORT_EXPECTED.atLeastOneMeasure,
      source.measures,
    );
  for (const [measureName, measure] of measures)
    checkMeasure(measure, [...path, "measures", measureName], add);
}

function checkSpec(spec: ReportSpec, add: Add): void {
  if (spec.locale !== undefined && !isLocale(spec.locale))
    add("invalid_option", ["locale"], REPORT_EXPECTED.locale, spec.locale);
  if (spec.currency !== undefined && !isCurrency(spec.currency)) {
    add("invalid_option", ["currency"], REPORT_EXPECTED.currency, spec.currency);
  }
  const sources = Object.entries(spec.sources);
  if (sources.length === 0)
    add("invalid_option", ["sources"], REPORT_EXPECTED.atLeastOneSource, spec.sources);
  for (const [name, source] of sources) checkSource(name, source, add);
  if (spec.metrics.length === 0)
    add("invalid_option", ["metrics"], REPORT_EXPECTED.atLeastOneMetric, spec.metrics);
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
): Promise<{ metrics: AnyMetric[]; measureSource: Map<string, string> }> {
  const measureSource = new Map<string, string>();
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
  const names = [...measureSource.keys()];
  const metrics: AnyMetric[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of spec.metrics.entries()) {
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
      } else if (typeof value === "string" && !measureSource.has(value)) {
        add(
          "invalid_option",
          [...path, "inputs", input],
          REPORT_EXPECTED.measureName(names),
          value,
          `metrics[${index}].inputs.${input}`,
        );
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
  if (spec.currency === undefined && money.length > 0) {
    add(
      "invalid_option",
      ["currency"],
      REPORT_EXPECTED.currencyNeeded(money.map((m) => m.id)),
      undefined,
    );
  }
  return { metrics, measureSource };
}
