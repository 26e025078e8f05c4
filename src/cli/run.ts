import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { isKpiError } from "../core/errors.js";
import { label } from "../format/index.js";
import { catalog } from "../metrics/index.js";
import { buildReport, type ReportProgress } from "../report/buildReport.js";
import { explainSpec } from "../report/explain.js";
import { loadSpec } from "../report/loadSpec.js";
import { renderCsv } from "../report/render/renderCsv.js";
import { renderHtml } from "../report/render/renderHtml.js";
import { renderJson } from "../report/render/renderJson.js";
import { renderMarkdown } from "../report/render/renderMarkdown.js";
import { renderTable } from "../report/render/renderTable.js";
import { reportJsonSchema } from "../report/reportJsonSchema.js";
import { groupColumn } from "../report/sourceColumns.js";
import { clickhouseView, duckdbView, sqlPlans, sqlTable } from "../report/sqlPlans.js";
import type { SpecSource } from "../report/types.js";
import { type SqlDialect, toSql } from "../sql/index.js";
import * as CLI from "./messages.js";

/** Where the command writes. @internal */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal (a progress line is shown only then). */
  readonly stderrIsTTY: boolean;
}

/** The exit codes of the command. @internal */
export const EXIT = { ok: 0, data: 1, usage: 2 } as const;

const FORMATS = ["table", "json", "csv", "md", "html"] as const;
const DIALECTS = ["duckdb", "postgres", "clickhouse"] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

function isLocale(value: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([value]).length > 0;
  } catch {
    return false;
  }
}

interface Parsed {
  readonly values: { readonly [name: string]: string | undefined } & {
    readonly help?: boolean;
    readonly json?: boolean;
  };
  readonly positionals: string[];
}

function parse(
  command: string,
  args: readonly string[],
  options: Record<string, { type: "string" | "boolean" }>,
): Parsed {
  try {
    return parseArgs({
      args: [...args],
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    }) as unknown as Parsed;
  } catch (error) {
    throw new UsageError(CLI.usage(command, (error as Error).message));
  }
}

function specArgument(command: string, positionals: readonly string[]): string {
  const [spec, ...rest] = positionals;
  if (spec === undefined) throw new UsageError(CLI.missingSpec(command));
  if (rest.length > 0)
    throw new UsageError(CLI.usage(command, `unexpected argument ${JSON.stringify(rest[0])}`));
  return spec;
}

function render(format: Format, report: Awaited<ReturnType<typeof buildReport>>): string {
  switch (format) {
    case "table":
      return renderTable(report);
    case "json":
      return renderJson(report);
    case "csv":
      return renderCsv(report);
    case "md":
      return renderMarkdown(report);
    case "html":
      return renderHtml(report);
    default:
      return ((value: never): never => {
        throw new UsageError(String(value));
      })(format);
  }
}

function progressLine(io: CliIo): ((progress: ReportProgress) => void) | undefined {
  if (!io.stderrIsTTY) return undefined;
  const numbers = new Intl.NumberFormat("en-US");
  return (progress) => {
    const seconds = progress.elapsedMs / 1000;
    const rate = seconds > 0 ? numbers.format(Math.round(progress.rows / seconds)) : "";
    const percent =
      progress.size > 0
        ? `${Math.min(100, Math.floor((100 * progress.bytes) / progress.size))}%`
        : "";
    io.stderr(
      `\r\x1b[K${CLI.progress(progress.source, numbers.format(progress.rows), rate, percent)}`,
    );
  };
}

async function report(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("report", args, {
    period: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    locale: { type: "string" },
  });
  if (values.help === true) return help(io, "report");
  const spec = specArgument("report", positionals);
  const format = (values.format ?? "table") as Format;
  if (!FORMATS.includes(format)) throw new UsageError(CLI.badFormat(String(values.format)));
  if (values.locale !== undefined && !isLocale(values.locale))
    throw new UsageError(CLI.badLocale(values.locale));
  const loaded = await loadSpec(spec);
  const onProgress = progressLine(io);
  const built = await buildReport(loaded, {
    ...(values.period === undefined ? {} : { period: values.period }),
    ...(values.locale === undefined ? {} : { locale: values.locale }),
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  if (onProgress !== undefined) io.stderr("\r\x1b[K");
  const text = render(format, built);
  if (values.out === undefined) io.stdout(text);
  else {
    writeFileSync(values.out, text);
    io.stderr(`${CLI.written(values.out)}\n`);
  }
  return EXIT.ok;
}

async function validate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("validate", args, {});
  if (values.help === true) return help(io, "validate");
  const spec = specArgument("validate", positionals);
  const loaded = await loadSpec(spec, { checkData: true });
  io.stdout(
    `${CLI.valid(basename(spec), Object.keys(loaded.spec.sources).length, loaded.metrics.length)}\n`,
  );
  return EXIT.ok;
}

function metrics(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse("metrics", args, {
    json: { type: "boolean" },
    locale: { type: "string" },
  });
  if (values.help === true) return help(io, "metrics");
  if (positionals.length > 0)
    throw new UsageError(
      CLI.usage("metrics", `unexpected argument ${JSON.stringify(positionals[0])}`),
    );
  const locale = values.locale ?? "en-US";
  if (!isLocale(locale)) throw new UsageError(CLI.badLocale(locale));
  const rows = catalog.map((metric) => ({
    id: metric.id,
    label: label(metric, locale),
    category: metric.category,
    unit: metric.unit,
    direction: metric.direction,
    inputs: Object.keys(metric.inputs),
  }));
  if (values.json === true) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  const idWidth = Math.max(...rows.map((row) => row.id.length));
  const labelWidth = Math.max(...rows.map((row) => row.label.length));
  for (const row of rows) {
    io.stdout(
      `${row.id.padEnd(idWidth)}  ${row.label.padEnd(labelWidth)}  ${row.unit}, ${row.direction}  (${row.inputs.join(", ")})\n`,
    );
  }
  return EXIT.ok;
}

async function sql(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("sql", args, {
    dialect: { type: "string" },
    source: { type: "string" },
  });
  if (values.help === true) return help(io, "sql");
  const spec = specArgument("sql", positionals);
  const dialect = values.dialect as SqlDialect | undefined;
  if (dialect === undefined || !DIALECTS.includes(dialect))
    throw new UsageError(CLI.badDialect(values.dialect));
  const loaded = await loadSpec(spec);
  const names = Object.keys(loaded.spec.sources);
  if (values.source !== undefined && !names.includes(values.source))
    throw new UsageError(CLI.unknownSource(values.source, names));
  const blocks: string[] = [];
  for (const name of values.source === undefined ? names : [values.source]) {
    const source = loaded.spec.sources[name] as SpecSource;
    const lines = [CLI.sqlComment(name, sqlTable(name, source))];
    const view =
      dialect === "duckdb"
        ? duckdbView(name, source, loaded.dir)
        : dialect === "clickhouse"
          ? clickhouseView(name, source, loaded.dir, loaded.spec.calendar?.timeZone ?? "UTC")
          : undefined;
    if (view !== undefined) lines.push(`${view};`);
    const grouped =
      groupColumn(source, loaded.spec.groupBy) === undefined
        ? []
        : sqlPlans(loaded, name, { grouped: true });
    for (const plan of [...sqlPlans(loaded, name), ...grouped]) {
      const query = toSql(plan.options, { dialect } as { dialect: "duckdb" });
      lines.push(`${query.text};`, CLI.paramsComment, `-- ${JSON.stringify(query.params)}`);
    }
    blocks.push(lines.join("\n"));
  }
  io.stdout(`${blocks.join("\n\n")}\n`);
  return EXIT.ok;
}

async function explain(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("explain", args, {});
  if (values.help === true) return help(io, "explain");
  const spec = specArgument("explain", positionals);
  const loaded = await loadSpec(spec);
  io.stdout(explainSpec(loaded));
  return EXIT.ok;
}

function schema(args: readonly string[], io: CliIo): number {
  const { values } = parse("schema", args, {});
  if (values.help === true) return help(io, "schema");
  io.stdout(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}

function help(io: CliIo, command?: keyof typeof CLI.HELP): number {
  io.stdout(command === undefined ? CLI.COMMANDS_HELP : CLI.HELP[command]);
  return EXIT.ok;
}

/**
 * Runs the `kinerja` command with its arguments (without `node` and the script) and returns the
 * exit code: 0 ok, 1 a problem in the spec, a targets file or the data, 2 a usage mistake.
 *
 * @param argv - The arguments.
 * @param io - Where to write.
 * @returns The exit code.
 * @internal
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case undefined:
      case "help":
      case "--help":
      case "-h":
        return help(io);
      case "report":
        return await report(args, io);
      case "validate":
        return await validate(args, io);
      case "metrics":
        return metrics(args, io);
      case "sql":
        return await sql(args, io);
      case "explain":
        return await explain(args, io);
      case "schema":
        return schema(args, io);
      default:
        throw new UsageError(CLI.unknownCommand(command));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return EXIT.usage;
    }
    if (isKpiError(error)) {
      io.stderr(`${error.message}\n`);
      return EXIT.data;
    }
    io.stderr(`${CLI.unexpected(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT.data;
  }
}
