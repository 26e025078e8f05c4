/**
 * The words of the command line (src/cli): usage, help with examples, and what an argument was
 * expected to be. One export per phrase.
 *
 * @internal
 */

export const COMMANDS_HELP = `kinerja — KPI reports from a report spec (definitions as data)

Usage:
  kinerja report <spec.json> [--period KEY] [--format table|json|csv|md|html] [--out FILE] [--locale id-ID|en-US]
  kinerja validate <spec.json>
  kinerja metrics [--json] [--locale id-ID|en-US]
  kinerja sql <spec.json> --dialect duckdb|postgres|clickhouse [--source NAME]
  kinerja explain <spec.json>
  kinerja schema
  kinerja <command> --help

Exit codes: 0 ok, 1 a problem in the spec, a targets file or the data (named with its file, line
and column), 2 a usage mistake (an unknown command or option).

Guide: docs/cli.md
`;

export const HELP = {
  report: `kinerja report <spec.json> [options]

Reads the spec's sources, computes every KPI for the period (and for each group of the spec's
"groupBy"), judges it against its target and prints the report, with the review features the spec
asks for (intervals, decompositions of a change, the projection of the period, alerts).

Options:
  --period KEY     the period reported, such as 2026-10 (default: the spec's "period", else the
                   last period every source has data for)
  --format F       table (default), json, csv, md or html (a self-contained scorecard page)
  --out FILE       write the report to FILE instead of standard output
  --locale L       the language and number format, id-ID or en-US (default: the spec's "locale")

Examples:
  kinerja report examples/report/spec.json
  kinerja report examples/report/spec.json --period 2026-03 --locale en-US
  kinerja report examples/report/spec.json --format html --out scorecard.html
  kinerja report examples/report/spec.json --format json > report.json
`,
  validate: `kinerja validate <spec.json>

Checks a spec, its shape (docs/report.schema.json) and its meaning together: metric ids and their
inputs, measure names, date formats, locales, period keys, the review features (identities, the
projected KPI, alert rules); then, without reading the data, the header of each file source (every
column the spec names) and each targets file. Every problem is listed with its JSON path; the exit
code is 1 when there is any.

Example:
  kinerja validate examples/report/spec.json
`,
  metrics: `kinerja metrics [--json] [--locale L]

Lists the metric catalog: id, label, unit, direction and inputs (with --json, as JSON).

Examples:
  kinerja metrics
  kinerja metrics --json --locale en-US
`,
  sql: `kinerja sql <spec.json> --dialect duckdb|postgres|clickhouse [--source NAME]

Prints the SQL that computes the measures of each source in the database (kinerja/sql toSql):
one parameterized query per source (and one more per sum with its own "where"; with the spec's
"groupBy", the same queries grouped by the dimension's column), with its parameters. A file source
is shown as a table named after the source; with --dialect duckdb or clickhouse, a view over the
file is printed first.

Examples:
  kinerja sql examples/report/spec.json --dialect duckdb
  kinerja sql examples/report/spec.json --dialect postgres --source deals
`,
  explain: `kinerja explain <spec.json>

Prints the TypeScript program that computes the same report with the kinerja library, so a team
can graduate from the spec to code.

Example:
  kinerja explain examples/report/spec.json > report.ts
`,
  schema: `kinerja schema

Prints the JSON Schema of a report spec (the file docs/report.schema.json): point "$schema" at it
so that editors complete and check specs.

Example:
  kinerja schema > report.schema.json
`,
} as const;

export const unknownCommand = (name: string): string =>
  `kinerja: unknown command ${JSON.stringify(name)} (expected report, validate, metrics, sql, explain or schema; see kinerja --help)`;
export const missingSpec = (command: string): string =>
  `kinerja ${command}: a spec file is required (kinerja ${command} <spec.json>; see kinerja ${command} --help)`;
export const badFormat = (value: string): string =>
  `kinerja report: --format must be one of table, json, csv, md, html, received ${JSON.stringify(value)}`;
export const badDialect = (value: string | undefined): string =>
  `kinerja sql: --dialect must be one of duckdb, postgres, clickhouse, received ${value === undefined ? "nothing" : JSON.stringify(value)}`;
export const badLocale = (value: string): string =>
  `kinerja: --locale must be a BCP 47 locale tag Intl supports, such as id-ID or en-US, received ${JSON.stringify(value)}`;
export const unknownSource = (value: string, names: readonly string[]): string =>
  `kinerja sql: --source must be one of ${names.join(", ")}, received ${JSON.stringify(value)}`;
export const usage = (command: string, message: string): string =>
  `kinerja ${command}: ${message} (see kinerja ${command} --help)`;
export const valid = (file: string, sources: number, metrics: number): string =>
  `${file}: valid (${sources} source${sources === 1 ? "" : "s"}, ${metrics} metric${metrics === 1 ? "" : "s"})`;
export const written = (file: string): string => `kinerja report: written to ${file}`;
export const progress = (source: string, rows: string, rate: string, percent: string): string =>
  `${source}: ${rows} rows, ${rate} rows/s${percent === "" ? "" : `, ${percent}`}`;
export const unexpected = (message: string): string => `kinerja: unexpected error: ${message}`;
export const sqlComment = (source: string, table: string): string =>
  `-- source "${source}": table ${table}`;
export const paramsComment = "-- parameters:";
