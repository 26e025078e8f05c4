import { relative, resolve } from "node:path";
import { fileType, type LoadedSpec } from "./loadSpec.js";
import { measureShape } from "./measures.js";
import { groupColumn } from "./sourceColumns.js";
import type { CustomerCount, SpecCondition, SpecMeasure, SpecSource, SpecValue } from "./types.js";

const js = (value: unknown): string => JSON.stringify(value);

/** The field of a customerActivity period of each customer count. */
const ACTIVITY_FIELDS: Readonly<Record<CustomerCount, string>> = {
  at_start: "customersAtStart",
  at_end: "customersAtEnd",
  new: "newCustomers",
  reactivated: "reactivatedCustomers",
  retained: "retainedCustomers",
  lost: "lostCustomers",
  repeat: "repeatCustomers",
};
const identifier = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : js(name));
const camel = (name: string): string =>
  name
    .replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase())
    .replace(/^[^A-Za-z_$]/, "_$&");

function condition(c: SpecCondition, asText: boolean): string {
  const v = (value: SpecValue): string => js(asText ? String(value) : value);
  if ("all" in c)
    return c.all.map((part) => condition(part, asText)).reduce((a, b) => `${a}.and(${b})`);
  if ("any" in c)
    return c.any.map((part) => condition(part, asText)).reduce((a, b) => `${a}.or(${b})`);
  if ("not" in c) return `${condition(c.not, asText)}.not()`;
  const ref = `column(${js(c.column)})`;
  if ("eq" in c) return `${ref}.eq(${v(c.eq)})`;
  if ("ne" in c) return `${ref}.ne(${v(c.ne)})`;
  if ("in" in c) return `${ref}.in([${c.in.map(v).join(", ")}])`;
  return c.is === "null" ? `${ref}.isNull()` : `${ref}.isNotNull()`;
}

function measure(
  m: SpecMeasure,
  asText: boolean,
  date: string,
  rates: (file: string) => string,
  reportCurrency = "",
): string {
  const { kind, column } = measureShape(m);
  if ("convertedSum" in m) {
    const currency =
      typeof m.currency === "string"
        ? js(m.currency)
        : `(row: Row) => row[${js(m.currency.column)}] as CurrencyCode`;
    return `convertedSum({ amount: ${js(m.convertedSum)}, currency: ${currency}, date: ${js(date)}, rates: parseRateTable(readFileSync(${js(rates(m.rates))}, "utf8")), to: ${js(m.to ?? reportCurrency)} as CurrencyCode, method: ${js(m.method ?? "spot")}, timeZone: calendar.timeZone ?? "UTC" })`;
  }
  if ("count" in m) return m.count === true ? "count()" : `count(${condition(m.count, asText)})`;
  if ("sum" in m && m.where !== undefined) {
    return `sum((row: Row) => (${condition(m.where, asText)}(row) ? (row[${js(m.sum)}] as string) : "0"))`;
  }
  return `${kind}(${js(column)})`;
}

/**
 * The TypeScript program that computes a spec's report with the library (what `kinerja explain`
 * prints): a reader per source (csv-parse for CSV, one JSON object per line for NDJSON), the same
 * checks written out (date patterns, number locales), `aggregateAsync` with the same measures
 * (`column(...)` conditions), each KPI with `metric.evaluate`, `parseTargets` and `evaluate`. It
 * prints one line per KPI: id, exact value and status. Database sources are shown with `toSql` and
 * `seriesFromRows`, with the client left to the reader.
 *
 * @param loaded - The checked spec.
 * @returns The program's text.
 * @internal
 */
export function explainSpec(loaded: LoadedSpec): string {
  const { spec } = loaded;
  const out: string[] = [];
  const granularity = spec.granularity ?? "month";
  const locale = spec.locale ?? "id-ID";
  const path = (file: string): string => {
    const rel = relative(process.cwd(), resolve(loaded.dir, file));
    return rel.startsWith(".") ? rel : `./${rel}`;
  };
  const usesDatabase = Object.values(spec.sources).some((s) => !("file" in s));
  const custom = spec.metrics.filter((m) => m.module !== undefined);
  const converts = Object.values(spec.sources).some((source) =>
    Object.values(source.measures).some((m) => "convertedSum" in m),
  );
  const readsFiles = spec.targets !== undefined || converts;
  const customerCounts = Object.values(spec.sources).some((source) =>
    Object.values(source.measures).some((m) => "customers" in m),
  );
  out.push(
    `// ${relative(process.cwd(), resolve(loaded.file))} as code (kinerja explain): the same report with the kinerja library.`,
    `// Run it with a TypeScript runner (tsx, node --experimental-strip-types) from ${js(process.cwd())}.`,
    `import { createReadStream${readsFiles ? ", readFileSync" : ""} } from "node:fs";`,
    `import { createInterface } from "node:readline";`,
    `import { parse } from "csv-parse";`,
    `import {`,
    `  type AnyMeasure,`,
    `  type AnyMetric,`,
    `  aggregateAsync,`,
    `  count,`,
    `  countDistinct,`,
    ...(customerCounts ? [`  customerActivity,`] : []),
    ...(converts ? [`  convertedSum,`, `  type CurrencyCode,`] : []),
    `  type Decimal,`,
    `  evaluate,`,
    `  first,`,
    `  getMetric,`,
    `  last,`,
    `  max,`,
    `  mean,`,
    `  min,`,
    `  parseDecimal,`,
    ...(converts ? [`  parseRateTable,`] : []),
    `  parsePeriod,`,
    `  parseTargets,`,
    `  type Series,`,
    `  sum,`,
    `} from "kinerja";`,
    `import { column${usesDatabase ? ", seriesFromRows, toSql" : ""} } from "kinerja/sql";`,
    ...custom.map(
      (m) =>
        `import { ${m.export ?? camel(m.metric)} as ${camel(m.metric)} } from ${js(path(m.module as string))};`,
    ),
    "",
    "type Row = Record<string, unknown>;",
    `const calendar: { timeZone?: string } = ${js(spec.calendar ?? {})};`,
    `const granularity = ${js(granularity)};`,
    `const locale = ${js(locale)};`,
    ...(spec.range === undefined
      ? []
      : [
          `const range = { from: parsePeriod(${js(spec.range.from)}, calendar), to: parsePeriod(${js(spec.range.to)}, calendar) };`,
        ]),
    "",
    "// Rows of a CSV file, streamed; empty cells are null.",
    'async function* csvRows(file: string, delimiter = ","): AsyncGenerator<Row> {',
    "  const parser = createReadStream(file).pipe(parse({ bom: true, delimiter, skip_empty_lines: true }));",
    "  let header: string[] | undefined;",
    "  for await (const fields of parser as AsyncIterable<string[]>) {",
    "    if (header === undefined) header = fields;",
    '    else yield Object.fromEntries(header.map((name, i) => [name, fields[i] === "" ? null : fields[i]]));',
    "  }",
    "}",
    "// Rows of an NDJSON file, one object per line.",
    "async function* ndjsonRows(file: string): AsyncGenerator<Row> {",
    '  for await (const line of createInterface({ input: createReadStream(file) })) if (line.trim() !== "") yield JSON.parse(line);',
    "}",
    "// Rows of a JSON file holding an array of objects.",
    "async function* jsonRows(file: string): AsyncGenerator<Row> {",
    "  yield* JSON.parse(await new Response(createReadStream(file) as unknown as ReadableStream).text()) as Row[];",
    "}",
    "// A date written in a pattern (such as dd/MM/yyyy) as ISO wall time in the calendar's zone.",
    "function isoDate(text: unknown, format: string): string {",
    '  const at = (token: string): string => { const i = format.indexOf(token); return i < 0 ? "00" : String(text).slice(i, i + token.length); };',
    '  const date = [at("yyyy"), at("MM"), at("dd")].join("-");',
    '  return format.includes("HH") ? date + "T" + [at("HH"), at("mm"), at("ss")].join(":") : date;',
    "}",
    "",
  );
  const series: string[] = [];
  /** The customer-count measures, as functions of the period key. */
  const activity: string[] = [];
  for (const [name, source] of Object.entries(spec.sources) as [string, SpecSource][]) {
    const variable = camel(name);
    series.push(variable);
    const date = typeof source.date === "string" ? { column: source.date } : source.date;
    const measures = Object.entries(source.measures);
    const group = groupColumn(source, spec.groupBy);
    if ("file" in source) {
      const type = fileType(source.file, source.type) ?? "csv";
      const asText = type === "csv";
      const reader =
        type === "csv"
          ? `csvRows(${js(path(source.file))}${source.delimiter === undefined ? "" : `, ${js(source.delimiter)}`})`
          : type === "ndjson"
            ? `ndjsonRows(${js(path(source.file))})`
            : `jsonRows(${js(path(source.file))})`;
      const steps: string[] = [];
      if (date.format !== undefined && date.format !== "iso") {
        steps.push(
          `    row[${js(date.column)}] = isoDate(row[${js(date.column)}], ${js(date.format)});`,
        );
      }
      if (source.numberLocale !== undefined) {
        const columns = [
          ...new Set(
            measures
              .map(([, m]) => measureShape(m))
              .filter((s) => s.column !== undefined && s.kind !== "countDistinct")
              .map((s) => s.column as string),
          ),
        ];
        for (const c of columns) {
          steps.push(
            `    if (typeof row[${js(c)}] === "string") row[${js(c)}] = parseDecimal(row[${js(c)}] as string, { locale: ${js(source.numberLocale)} });`,
          );
        }
      }
      if (source.where !== undefined)
        steps.push(`    if (!${condition(source.where, asText)}(row)) continue;`);
      const customers = measures.filter(([, m]) => "customers" in m);
      const counted = measures.filter(([, m]) => !("customers" in m));
      if (customers.length > 0) steps.push(`    ${variable}Records.push(row);`);
      out.push(
        `// Source "${name}".`,
        ...(customers.length === 0
          ? []
          : [
              "// Customer activity needs each customer's history: the rows are kept for it.",
              `const ${variable}Records: Row[] = [];`,
            ]),
        `async function* ${variable}Rows(): AsyncGenerator<Row> {`,
        `  for await (const row of ${reader}) {`,
        ...steps,
        "    yield row;",
        "  }",
        "}",
        `const ${variable}: Series = await aggregateAsync(${variable}Rows(), {`,
        `  date: ${js(date.column)},`,
        "  granularity,",
        "  calendar,",
        ...(spec.range === undefined ? [] : ["  range,"]),
        `  onInvalid: ${js(spec.onInvalid ?? "throw")},`,
        ...(group === undefined ? [] : [`  groupBy: ${js(group)},`]),
        "  measures: {",
        ...(counted.length === 0 ? ["    rows: count(),"] : []),
        ...counted.map(
          ([measureName, m]) =>
            `    ${identifier(measureName)}: ${measure(m, asText, date.column, path, spec.currency)},`,
        ),
        "  },",
        "});",
        ...(customers.length === 0
          ? []
          : [
              `const ${variable}Activity = customerActivity(${variable}Records, { date: ${js(date.column)}, customer: ${js(source.customer)}, ${source.order === undefined ? "" : `order: ${js(source.order)}, `}granularity, calendar });`,
            ]),
        "",
      );
      for (const [measureName, m] of customers) {
        const kinds = [
          (m as { customers: CustomerCount | readonly CustomerCount[] }).customers,
        ].flat();
        activity.push(
          `  ${identifier(measureName)}: (key) => {`,
          `    const p = ${variable}Activity.periods.find((period) => period.period.key === key);`,
          `    return p === undefined ? null : [${kinds.map((kind) => `p.${ACTIVITY_FIELDS[kind]}`).join(", ")}].reduce((a, b) => a.plus(b));`,
          "  },",
        );
      }
    } else {
      out.push(
        `// Source "${name}": pushed into the database (kinerja sql prints the queries). Run each query`,
        "// with your client (@duckdb/node-api, pg) and read the rows back with seriesFromRows.",
        `declare function runQuery(text: string, params: readonly unknown[]): Promise<Row[]>;`,
        `const ${variable}Options = {`,
        `  table: ${js(name)},`,
        `  date: ${js(date.column)},`,
        "  granularity,",
        "  calendar,",
        ...(source.where === undefined ? [] : [`  where: ${condition(source.where, false)},`]),
        ...(group === undefined ? [] : [`  groupBy: ${js(group)},`]),
        "  measures: {",
        ...measures.map(
          ([measureName, m]) =>
            `    ${identifier(measureName)}: ${measure(m, false, date.column, path, spec.currency)},`,
        ),
        "  },",
        "} as const;",
        `const ${variable}Query = toSql(${variable}Options, { dialect: ${js("postgres" in source ? "postgres" : "duckdb")} });`,
        `const ${variable}: Series = seriesFromRows(await runQuery(${variable}Query.text, ${variable}Query.params), ${variable}Options);`,
        "",
      );
    }
  }
  const measureSeries = [...loaded.measureSource.entries()].map(
    ([m, s]) => `  ${identifier(m)}: ${camel(s)},`,
  );
  out.push(
    "// Which series holds each measure, and a measure's value in a period (null when there is none).",
    "const seriesOf: Record<string, Series> = {",
    ...measureSeries,
    "};",
    "// Customer counts (customerActivity), by measure.",
    "const activityOf: Record<string, (key: string) => Decimal | null> = {",
    ...activity,
    "};",
    "// A measure's value in a period (and group): one cell, or the cells of the groups merged.",
    "const valueOf = (measure: string, key: string, group: string | null = null): Decimal | null => {",
    "  const counted = group === null ? activityOf[measure] : undefined;",
    "  if (counted !== undefined) return counted(key);",
    "  const series = seriesOf[measure];",
    "  const cells = series?.cells.filter((cell) => cell.period.key === key && (group === null || cell.group === group)) ?? [];",
    "  if (series === undefined || cells.length === 0) return null;",
    "  if (cells.length === 1 && (group !== null || cells[0]?.group === null)) return (cells[0]?.values[measure] as Decimal | null) ?? null;",
    "  const m = series.measures[measure] as AnyMeasure;",
    "  const state = m.empty();",
    "  for (const cell of cells) m.mergeInto(state, cell.states[measure]);",
    "  return m.finalize(state) as Decimal | null;",
    "};",
    "// What an input reads: a number, a measure, or the sum of a list of measures.",
    "const inputOf = (mapped: string | number | readonly string[], key: string, group: string | null = null): Decimal | number | null => {",
    '  if (typeof mapped === "number") return mapped;',
    "  const parts = [mapped].flat().map((m) => valueOf(m, key, group));",
    "  return parts.some((p) => p === null) ? null : (parts as Decimal[]).reduce((a, b) => a.plus(b));",
    "};",
    "",
    "// The period: the last one every source has data for.",
    `const withData = [${series.join(", ")}].map((s) => new Set(s.cells.filter((c) => c.records > 0).map((c) => c.period.key)));`,
    `const period = ${spec.period === undefined ? "[...(withData[0] ?? [])].filter((key) => withData.every((set) => set.has(key))).sort().at(-1) as string" : js(spec.period)};`,
    "",
    "// Each KPI: its metric and, for each input, a measure or a constant.",
    "const kpis: { metric: AnyMetric; inputs: Record<string, string | number | readonly string[]> }[] = [",
    ...spec.metrics.map(
      (m) =>
        `  { metric: ${m.module === undefined ? `getMetric(${js(m.metric)})` : camel(m.metric)}, inputs: ${js(m.inputs)} },`,
    ),
    "];",
    spec.targets === undefined
      ? "const targets: ReturnType<typeof parseTargets> = [];"
      : `const targets = [${[spec.targets]
          .flat()
          .map((f) => js(path(f)))
          .join(
            ", ",
          )}].flatMap((file) => [...parseTargets(readFileSync(file, "utf8"), { calendar${custom.length === 0 ? "" : `, metrics: [${custom.map((m) => camel(m.metric)).join(", ")}]`} })]);`,
    "for (const { metric, inputs } of kpis) {",
    "  const values = Object.entries(inputs).map(([input, m]) => [input, inputOf(m, period)] as const);",
    "  const actual = values.some(([, v]) => v === null) ? null : metric.evaluate(Object.fromEntries(values)).value;",
    "  const target = targets.find((t) => t.metricId === metric.id && t.period.key === period && t.group === null);",
    "  const evaluation = evaluate({ metric, actual, target: target?.target ?? null, ...(target?.bands == null ? {} : { bands: target.bands }) });",
    "  console.log(metric.id, actual?.toString() ?? null, evaluation.status);",
    "}",
    ...(spec.groupBy === undefined
      ? []
      : [
          `// By ${spec.groupBy}: the same KPIs in each group (a KPI reading a source without the dimension has none).`,
          `const groups = [...new Set(Object.values(seriesOf).flatMap((s) => s.cells.map((c) => c.group)).filter((g) => g !== null))].map(String).sort();`,
          "for (const { metric, inputs } of kpis) {",
          "  for (const group of groups) {",
          "    const values = Object.entries(inputs).map(([input, m]) => [input, inputOf(m, period, group)] as const);",
          "    if (values.some(([, v]) => v === null)) continue;",
          "    const target = targets.find((t) => t.metricId === metric.id && t.period.key === period && t.group === group);",
          "    const actual = metric.evaluate(Object.fromEntries(values)).value;",
          "    const evaluation = evaluate({ metric, actual, target: target?.target ?? null, ...(target?.bands == null ? {} : { bands: target.bands }) });",
          "    console.log(metric.id, group, actual?.toString() ?? null, evaluation.status);",
          "  }",
          "}",
        ]),
    ...(spec.review === undefined
      ? []
      : [
          "// The review features of the spec (intervals, decompositions, the projection, alerts) are",
          "// intervalOf, explainChange, projectTotal and evaluateAlerts over these values: see docs/review.md.",
        ]),
    "void locale;",
    "",
  );
  return out.join("\n");
}
