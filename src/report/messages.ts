/**
 * The words of the report layer (src/report): what a report spec and its data were expected to
 * be, the descriptions of the spec's JSON Schema, and the words a report shows, in English and
 * Indonesian. One export per phrase, imported as a namespace (`import * as REPORT_EXPECTED`).
 *
 * @internal
 */

// Descriptions in the JSON Schema of a report spec.
export const describeColumn = "A column (field) name, exactly as in the source.";
export const describeCondition =
  'A condition on a row: { "column", "eq" | "ne" | "in" | "is": "null" | "not_null" }, or { "all": [...] }, { "any": [...] }, { "not": {...} }.';
export const describeMeasure =
  'One measure: { "count": true | condition }, { "sum": column, "where"?: condition }, { "countDistinct": column }, or { "mean" | "min" | "max" | "first" | "last": column }.';
export const describeFile =
  "A CSV, NDJSON (.ndjson, .jsonl) or JSON (an array of objects) file, relative to the spec file.";
export const describeDateFormat =
  'How the dates are written: "iso" (ISO-8601, the default) or a pattern of yyyy, MM, dd, HH, mm, ss such as "dd/MM/yyyy" or "dd/MM/yyyy HH:mm". Dates without an offset are wall time in the calendar\'s time zone.';
export const describeNumberLocale =
  'The locale the amounts are written in, such as "id-ID" for 1.234,50 or "en-US" for 1,234.50 (default: plain decimals such as 1234.50).';
export const describeSource =
  "A source of rows (a file, a DuckDB table, file or query, or a PostgreSQL table), its date column and its measures.";
export const describeMetric =
  "The id of a catalog metric (kinerja metrics) or of the custom metric.";
export const describeModule =
  "A JavaScript module (relative to the spec file) exporting a metric made with defineMetric.";
export const describeMetricEntry =
  "A KPI of the report: a metric and, for each of its inputs, the name of a measure or a constant number.";
export const describeLocale =
  'The language and number format of the report: "id-ID" (default) or "en-US".';
export const describeCurrency = 'The ISO 4217 currency of money metrics, such as "IDR".';
export const describeCustomer =
  'The customer id column, for "customers" measures (customerActivity: customers at the start and end of a period, new, reactivated, retained, lost, repeat).';
export const describeOrder =
  'The order id column, for the repeat customers of "customers" measures.';
export const customersNeedColumn =
  'a source with a "customer" column (the customer id each row belongs to)';
export const customersInFile =
  "a measure of a file source (customer activity is computed in process)";
export const describeCurrencyColumn = "The column holding each row's ISO 4217 currency code.";
export const describeRates =
  "A rate table file (the JSON of parseRateTable), relative to the spec file.";
export const describeSourceGroupBy =
  "The column of this source holding the spec's groupBy dimension (default: the column named like it), or false when the source has none.";
export const describeValueOf =
  "The name of a measure, a list of measures (their sum), or a constant number.";
export const describeGroupBy =
  'A dimension every KPI is also reported by, such as "region": the column of that name in each source (a source may name its own column, or false).';
export const describeIdentity =
  'The id of an identity of the catalog (such as "revenue_from_leads"), or an identity inline: { "id", "label", "result", "factors" }.';
export const describeDecomposition =
  "The change of a KPI split exactly into the factors of an identity (explainChange), against the previous period or the same period last year.";
export const describeProjection =
  'Where a flow KPI (such as sales_revenue) will land at the end of the period, from its days so far (projectTotal), with a band and the status it would reach; "asOf" is the last day known (a date, or the day of the period).';
export const describeAlertsFile =
  'A file of alert rules ({ "rules": [...] }, see alert-rules.schema.json), relative to the spec file.';
export const describeReview =
  "Review features: intervals of the sample-based KPIs, decompositions of a change, the projection of the period, alert rules.";

// What was expected.
export const jsonText = "valid JSON";
export const specObject = "a report spec object";
export const knownKey = (keys: readonly string[]): string =>
  `not present: the known keys are ${keys.map((key) => JSON.stringify(key)).join(", ")}`;
export const oneOfValues = (values: readonly unknown[]): string =>
  `one of ${values.map((value) => JSON.stringify(value)).join(", ")}`;
export const typed = (type: string): string => `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
export const oneOrigin =
  'exactly one of "file", "duckdb", "postgres" or "clickhouse" (where the rows come from)';
export const duckdbOrigin = 'exactly one of "table", "file" or "query"';
export const oneMeasureKind =
  'exactly one of "count", "sum", "countDistinct", "mean", "min", "max", "first", "last", "convertedSum", "customers"';
export const whereOnSum = 'used only with "sum" (count takes its condition as its value)';
export const condition =
  'a condition: { "column" and one of "eq", "ne", "in", "is" }, or exactly one of "all", "any", "not"';
export const inValues = "a non-empty array of strings, numbers or booleans";
export const fileType = 'a file ending in .csv, .ndjson, .jsonl or .json, or a "type"';
export const delimiter = "one character";
export const dateFormat =
  'a date pattern with yyyy, MM and dd (and optionally HH, mm, ss), such as "dd/MM/yyyy", or "iso"';
export const locale = 'a BCP 47 locale tag Intl supports, such as "id-ID" or "en-US"';
export const currency = 'an ISO 4217 currency code such as "IDR" or "USD"';
export const currencyNeeded = (ids: readonly string[]): string =>
  `an ISO 4217 currency code (the money metrics ${ids.join(", ")} need one)`;
export const metricId = (ids: readonly string[]): string =>
  `the id of a metric in the catalog (kinerja metrics lists them, such as ${ids.slice(0, 3).join(", ")}), or a custom metric with "module"`;
export const moduleMetric = (id: string): string =>
  `a module exporting a metric made with defineMetric whose id is "${id}"`;
export const inputName = (metric: string, names: readonly string[]): string =>
  `an input of ${metric} (${names.join(", ")})`;
export const inputMapped = (metric: string): string =>
  `mapped to a measure or a number (a required input of ${metric})`;
export const measureName = (names: readonly string[]): string =>
  names.length === 0
    ? "the name of a measure of a source (no source has measures)"
    : `the name of a measure of a source (${names.join(", ")})`;
export const uniqueMeasure = (source: string): string =>
  `a name used by one measure only (also a measure of source "${source}")`;
export const uniqueMetric = "a metric listed once";
export const atLeastOneSource = "at least one source";
export const atLeastOneMetric = "at least one metric";
export const atLeastOneMeasure = "at least one measure";
export const period =
  "a period key that exists in the calendar at the report's granularity (such as 2026-10 for months)";
export const rangeOrder = "a range whose from is not after its to";
export const readableFile = "a file that exists and can be read";
export const jsonRecords = "a JSON array of objects";
export const jsonRecord = "a JSON object (one record per line)";
export const csvText = "well-formed CSV (quotes closed, quotes doubled inside quoted fields)";
export const csvRow = "a CSV row with as many fields as the header";
export const column = (columns: readonly string[]): string =>
  `a column of the file (the header has ${columns.map((name) => JSON.stringify(name)).join(", ")})`;
export const dateText = (format: string): string =>
  format === "iso"
    ? "an ISO-8601 date or date-time such as 2026-10-31 or 2026-10-31T14:30:00+07:00"
    : `a date written as ${format}`;
export const numberText = (locale: string | undefined, example: string): string =>
  locale === undefined
    ? "a plain decimal number such as 1234.50 (set the source's numberLocale for 1.234,50)"
    : `a number written in ${locale} such as ${example}`;
export const entityId = "an id (not empty)";
export const groupValue = "a group (not empty)";
export const convertedInFile =
  "a measure of a file source (a conversion runs in process, with the rate of each row's date)";
export const conversionCurrency =
  'the currency of the amounts: an ISO 4217 code such as "USD", or { "column" } for each row\'s';
export const ratesFile = "a rate table file (the JSON of parseRateTable), relative to the spec";
export const rateTable = "a readable rate table (the JSON of parseRateTable)";
export const conversionTarget =
  'the ISO 4217 currency to convert into (its "to", or the spec\'s "currency")';
export const onlyConverted = 'used only with "convertedSum"';
export const groupByTop =
  'set only with a "groupBy" at the top of the spec (the dimension this column holds)';
export const measureList = "a non-empty list of measure names (their sum)";
export const confidence = "a confidence level between 0 and 1, such as 0.95";
export const minimum = "a positive integer";
export const places = "an integer from 0 to 20";
export const identityId = (ids: readonly string[]): string =>
  `the id of an identity of the catalog (${ids.join(", ")}), or an identity inline`;
export const quantityName = (identity: string, names: readonly string[]): string =>
  `a quantity of ${identity} (${names.join(", ")})`;
export const quantity = (name: string): string =>
  `a measure, a list of measures, a number or { "metric", "inputs" } (${name} is not a KPI of the report)`;
export const projectedMetric = (ids: readonly string[]): string =>
  `a KPI of the report (${ids.join(", ")}) with one input mapped to one sum or count measure`;
export const asOf =
  "the last day known: a date such as 2026-10-15, or the day of the period (1 for its first day)";
export const holiday = "a date such as 2026-12-25";
export const weekday = "a day of the week, 0 (Sunday) to 6 (Saturday)";
export const asOfInPeriod = (period: string): string => `a day of the period reported (${period})`;
export const alertsFilePlace = (file: string, path: string): string =>
  `alerts file ${JSON.stringify(file)}${path === "" ? "" : ` ${path}`}`;
export const targetsFilePlace = (file: string, path: string): string =>
  `targets file ${JSON.stringify(file)}${path === "" ? "" : ` ${path}`}`;
export const keysReceived = (keys: readonly string[]): string =>
  `the keys ${keys.map((key) => JSON.stringify(key)).join(", ")}`;
export const alertsFile = 'a readable JSON file of alert rules ({ "rules": [...] })';
export const alertMetric = (ids: readonly string[]): string =>
  `the id of a KPI of the report (${ids.join(", ")})`;
export const alertGroup = 'set only when the spec has a "groupBy"';
const CLIENTS: Readonly<Record<string, string>> = {
  postgres: "npm install pg",
  duckdb: "npm install @duckdb/node-api",
  clickhouse: 'npm install chdb for ClickHouse in process, or a "url" of a ClickHouse server',
};
export const databaseSource = (kind: string): string =>
  `a source kind this command can read (${kind} needs its client: ${CLIENTS[kind] ?? kind})`;
export const clickhouseAnswer = "a ClickHouse server that answers the query";
export const clickhouseReachable = (url: string): string =>
  `a ClickHouse server answering over HTTP at ${url}`;
export const clickhouseRows = "rows of JSON, one a line (ClickHouse's JSONEachRow format)";
export const clickhouseInProcess = "a source chDB (ClickHouse in process) can read and query";
/** Where a database source's client or connection failed: `the duckdb source`. */
export const databaseSourcePlace = (kind: string): string => `the ${kind} source`;
/** A network failure and its cause, as fetch reports them: `fetch failed (ECONNREFUSED ...)`. */
export const networkFailure = (message: string, cause: string | undefined): string =>
  cause === undefined ? message : `${message} (${cause})`;
/** What was received where a value was missing. */
export const nothing = "nothing";
export const clickhouseOrigin =
  'exactly one of "table", "file" or "query" ("file" and "query" only in process, without "url")';
export const environmentVariable = (name: string): string =>
  `the environment variable ${name} set to a connection URL`;
export const dataInPeriod = (first: string, last: string): string =>
  `a period with data (the data covers ${first} to ${last})`;
export const anyData = "a source with at least one row";
export const sqlSource =
  "a DuckDB, PostgreSQL or ClickHouse source, or a file DuckDB reads (kinerja sql writes the query of a database source)";

/** The words a report shows, by language. @internal */
export const REPORT_WORDS = {
  en: {
    report: "KPI report",
    kpi: "KPI",
    actual: "Actual",
    target: "Target",
    attainment: "Attainment",
    status: "Status",
    versus: "vs",
    scorecard: "Scorecard",
    dataQuality: "Data quality",
    source: "Source",
    file: "File",
    rows: "Rows",
    accepted: "Accepted",
    rejected: "Rejected",
    filtered: "Filtered out",
    outsideRange: "Outside range",
    problems: "problems",
    rowsRead: "rows read",
    noProblems: "No problems found.",
    moreProblems: (count: number): string => `… and ${count} more.`,
    period: "Period",
    value: "Value",
    series: "Series",
    chartOf: (label: string): string => `${label} by period, against its target`,
    tableOf: (label: string): string => `${label}: values and targets by period`,
    generated: "Generated by kinerja",
    timeZone: "time zone",
    range: (from: string, to: string): string => `${from} to ${to}`,
    noData: "no data",
    byGroup: (dimension: string): string => `By ${dimension}`,
    interval: (confidence: string): string => `${confidence} interval`,
    smallSample: "small sample",
    why: (label: string, from: string, to: string): string =>
      `Why ${label} changed, ${from} → ${to}`,
    driver: "Driver",
    contribution: "Contribution",
    projectionTitle: (label: string, period: string, asOf: string): string =>
      `Projection of ${label} for ${period} as of ${asOf}`,
    soFar: (elapsed: number, total: number, business: boolean): string =>
      `so far (${elapsed} of ${total} ${business ? "business days" : "days"})`,
    expected: "expected by then",
    bandStatus: "at the ends of the band",
    projected: "projected",
    band: (confidence: string): string => `${confidence} band`,
    wouldBe: "status it would reach",
    alerts: "Alerts",
    noAlerts: "No alert fires.",
    reviewNoData: "no data to compare",
  },
  id: {
    report: "Laporan KPI",
    kpi: "KPI",
    actual: "Aktual",
    target: "Target",
    attainment: "Capaian",
    status: "Status",
    versus: "vs",
    scorecard: "Skor kartu kinerja",
    dataQuality: "Kualitas data",
    source: "Sumber",
    file: "Berkas",
    rows: "Baris",
    accepted: "Diterima",
    rejected: "Ditolak",
    filtered: "Disaring",
    outsideRange: "Di luar rentang",
    problems: "masalah",
    rowsRead: "baris dibaca",
    noProblems: "Tidak ada masalah.",
    moreProblems: (count: number): string => `… dan ${count} lainnya.`,
    period: "Periode",
    value: "Nilai",
    series: "Deret",
    chartOf: (label: string): string => `${label} per periode, terhadap targetnya`,
    tableOf: (label: string): string => `${label}: nilai dan target per periode`,
    generated: "Dibuat dengan kinerja",
    timeZone: "zona waktu",
    range: (from: string, to: string): string => `${from} sampai ${to}`,
    noData: "tidak ada data",
    byGroup: (dimension: string): string => `Per ${dimension}`,
    interval: (confidence: string): string => `Interval ${confidence}`,
    smallSample: "sampel kecil",
    why: (label: string, from: string, to: string): string =>
      `Mengapa ${label} berubah, ${from} → ${to}`,
    driver: "Pendorong",
    contribution: "Kontribusi",
    projectionTitle: (label: string, period: string, asOf: string): string =>
      `Proyeksi ${label} untuk ${period} per ${asOf}`,
    soFar: (elapsed: number, total: number, business: boolean): string =>
      `sejauh ini (${elapsed} dari ${total} ${business ? "hari kerja" : "hari"})`,
    expected: "seharusnya sampai saat ini",
    bandStatus: "di ujung-ujung rentang",
    projected: "proyeksi",
    band: (confidence: string): string => `rentang ${confidence}`,
    wouldBe: "status yang akan dicapai",
    alerts: "Peringatan",
    noAlerts: "Tidak ada peringatan.",
    reviewNoData: "tidak ada data untuk dibandingkan",
  },
} as const;

/** The words of a report in a locale's language (Indonesian for id, English otherwise). @internal */
export const wordsFor = (locale: string) =>
  locale.toLowerCase().startsWith("id") ? REPORT_WORDS.id : REPORT_WORDS.en;
