import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { isKpiError } from "../core/errors.js";
import { catalog } from "../metrics/index.js";
import type { AnyMetric } from "../model/types.js";
import { parseTargets } from "../target/index.js";
import { fileType } from "./loadSpec.js";
import * as REPORT_EXPECTED from "./messages.js";
import { sourceColumnPaths } from "./sourceColumns.js";
import { type Add, described, pathText, type Skipped } from "./specChecks.js";
import type { ReportSpec, SpecFileOrigin, SpecSource } from "./types.js";

const HEADER_BYTES = 1 << 16;

/** The column names of a file source: its CSV header, or the keys of its first record. */
function headerOf(path: string, source: SpecSource & SpecFileOrigin): string[] {
  const type = fileType(source.file, source.type) ?? "csv";
  if (type === "json") {
    const data = JSON.parse(readFileSync(path, "utf8")) as unknown;
    const first = Array.isArray(data) ? (data[0] as unknown) : undefined;
    return typeof first === "object" && first !== null ? Object.keys(first) : [];
  }
  const buffer = Buffer.alloc(HEADER_BYTES);
  const handle = openSync(path, "r");
  let length: number;
  try {
    length = readSync(handle, buffer, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(handle);
  }
  const text = buffer.subarray(0, length).toString("utf8");
  if (type === "ndjson") {
    const line = text.split("\n").find((candidate) => candidate.trim() !== "") ?? "{}";
    const first = JSON.parse(line) as unknown;
    return typeof first === "object" && first !== null ? Object.keys(first) : [];
  }
  const rows = parse(text, {
    bom: true,
    to_line: 1,
    relax_column_count: true,
    ...(source.delimiter === undefined ? {} : { delimiter: source.delimiter }),
  }) as string[][];
  return rows[0] ?? [];
}

/**
 * Checks a spec against its data without reading it (what `kinerja validate` adds to the checks of
 * the spec): each file source's header has every column the spec names (each missing column is
 * listed at the JSON path that names it), and each targets file is valid (`parseTargets`: metric
 * ids, periods, values; its problems listed with the file and their place in it).
 *
 * @param spec - The spec (the parts whose shape is right).
 * @param dir - The spec's directory.
 * @param metrics - The metrics of the spec (custom metrics' targets are read with them).
 * @param skipped - The parts left out.
 * @param add - Adds a problem.
 * @internal
 */
export function checkData(
  spec: ReportSpec,
  dir: string,
  metrics: readonly AnyMetric[],
  skipped: Skipped,
  add: Add,
): void {
  for (const [name, source] of Object.entries(spec.sources) as [string, SpecSource][]) {
    if (!("file" in source)) continue;
    let header: string[];
    try {
      header = headerOf(resolve(dir, source.file), source);
    } catch (error) {
      add(
        "invalid_option",
        ["sources", name, "file"],
        REPORT_EXPECTED.readableFile,
        (error as Error).message,
      );
      continue;
    }
    for (const { column, path } of sourceColumnPaths(name, source, spec.groupBy)) {
      if (!header.includes(column))
        add("invalid_option", [...path], REPORT_EXPECTED.column(header), column);
    }
  }
  if (spec.targets === undefined || skipped.top.has("targets")) return;
  const custom = metrics.filter((metric) => !catalog.includes(metric));
  const files = [spec.targets].flat();
  for (const [index, file] of files.entries()) {
    const at = typeof spec.targets === "string" ? ["targets"] : ["targets", index];
    let content: string;
    try {
      content = readFileSync(resolve(dir, file), "utf8");
    } catch (error) {
      add("invalid_target", at, REPORT_EXPECTED.readableFile, (error as Error).message);
      continue;
    }
    try {
      parseTargets(content, {
        ...(spec.calendar === undefined || skipped.top.has("calendar")
          ? {}
          : { calendar: spec.calendar }),
        metrics: custom,
      });
    } catch (error) {
      if (!isKpiError(error)) throw error;
      for (const issue of error.issues)
        add(
          "invalid_target",
          at,
          issue.expected,
          described(issue.received),
          REPORT_EXPECTED.targetsFilePlace(basename(file), pathText(issue.path)),
        );
    }
  }
}
