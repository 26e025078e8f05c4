import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/buildReport.js";
import { loadSpec } from "../../src/report/loadSpec.js";
import { rejectsWithKpiError, workspace } from "./support.js";

// An Indonesian spreadsheet export: dates dd/MM/yyyy, amounts 1.234,50, semicolons.
const penjualan = `tanggal;status;nilai;pelanggan
05/01/2026;menang;"1.250.000,50";P1
17/01/2026;kalah;0;P2
31/01/2026;menang;750.000;P1
03/02/2026;menang;2.000.000,25;P3
`;

const spec = (extra: object = {}) => ({
  currency: "IDR",
  calendar: { timeZone: "Asia/Jakarta" },
  sources: {
    sales: {
      file: "penjualan.csv",
      delimiter: ";",
      date: { column: "tanggal", format: "dd/MM/yyyy" },
      numberLocale: "id-ID",
      measures: {
        revenue: { sum: "nilai", where: { column: "status", eq: "menang" } },
        won: { count: { column: "status", eq: "menang" } },
        lost: { count: { column: "status", eq: "kalah" } },
        customers: { countDistinct: "pelanggan" },
      },
    },
  },
  metrics: [
    { metric: "sales_revenue", inputs: { revenue: "revenue" } },
    { metric: "win_rate", inputs: { won: "won", lost: "lost" } },
  ],
  ...extra,
});

describe("file sources", () => {
  it("reads dd/MM/yyyy dates and id-ID amounts exactly", async () => {
    const dir = workspace({ "penjualan.csv": penjualan, "spec.json": spec() });
    const report = await buildReport(await loadSpec(join(dir, "spec.json")), { period: "2026-01" });
    expect(report.periods).toEqual(["2026-01"]);
    expect(report.kpis.map((k) => [k.id, k.value])).toEqual([
      ["sales_revenue", "2000000.5"],
      ["win_rate", "0.6666666666666666666666666666666667"],
    ]);
    expect(report.kpis[0]?.series.map((p) => p.value)).toEqual(["2000000.5"]);
    const february = await buildReport(await loadSpec(join(dir, "spec.json")));
    expect(february.period).toBe("2026-02");
    expect(february.kpis[0]?.series.map((p) => p.value)).toEqual(["2000000.5", "2000000.25"]);
    expect(report.dataQuality.sources[0]).toMatchObject({
      rows: 4,
      accepted: 4,
      rejected: 0,
      file: "penjualan.csv",
    });
  });

  it("stops at a bad row, naming the file, line, column and what was expected", async () => {
    const bad = penjualan.replace("750.000", "750,000.00");
    const dir = workspace({ "penjualan.csv": bad, "spec.json": spec() });
    const error = await rejectsWithKpiError(
      buildReport(await loadSpec(join(dir, "spec.json"))),
      "invalid_number",
    );
    expect(error.message).toBe(
      'penjualan.csv: line 4 column 3 ("nilai") must be a number written in id-ID such as 1.234,50, received "750,000.00"',
    );
  });

  it("names the line of a bad date, after a quoted field spanning lines", async () => {
    const csv =
      'tanggal;status;nilai;pelanggan\n05/01/2026;"menang\n(catatan)";1;P1\n31/02/2026;menang;1;P1\n';
    const dir = workspace({ "penjualan.csv": csv, "spec.json": spec() });
    const error = await rejectsWithKpiError(
      buildReport(await loadSpec(join(dir, "spec.json"))),
      "invalid_date",
    );
    expect(error.message).toBe(
      'penjualan.csv: line 4 column 1 ("tanggal") must be a date written as dd/MM/yyyy, received "31/02/2026"',
    );
  });

  it("with onInvalid collect, lists every bad row in the data quality and reports the rest", async () => {
    const bad = `${penjualan}xx/02/2026;menang;1;P4\n10/02/2026;menang;1\n11/02/2026;menang;abc;P5\n`;
    const dir = workspace({ "penjualan.csv": bad, "spec.json": spec({ onInvalid: "collect" }) });
    const report = await buildReport(await loadSpec(join(dir, "spec.json")), { period: "2026-02" });
    const quality = report.dataQuality.sources[0];
    expect(quality).toMatchObject({ rows: 7, accepted: 4, rejected: 3 });
    expect(quality?.issues.map((issue) => issue.message)).toEqual([
      'penjualan.csv: line 6 column 1 ("tanggal") must be a date written as dd/MM/yyyy, received "xx/02/2026"',
      "penjualan.csv: line 7 must be a CSV row with as many fields as the header (4), received 3 fields",
      'penjualan.csv: line 8 column 3 ("nilai") must be a number written in id-ID such as 1.234,50, received "abc"',
    ]);
    expect(report.kpis[0]?.value).toBe("2000000.25");
    expect(report.dataQuality.problems).toBe(3);
  });

  it("refuses a file without a column the spec reads, listing the header", async () => {
    const dir = workspace({
      "penjualan.csv": penjualan.replace("pelanggan", "customer"),
      "spec.json": spec(),
    });
    const error = await rejectsWithKpiError(
      buildReport(await loadSpec(join(dir, "spec.json"))),
      "invalid_record",
    );
    expect(error.message).toBe(
      'penjualan.csv: line 1 (the header) must be a column of the file (the header has "tanggal", "status", "nilai", "customer"), received no column "pelanggan"',
    );
  });

  it("reads NDJSON and JSON sources, naming NDJSON lines", async () => {
    const lines = [
      { at: "2026-01-05T10:00:00+07:00", won: 1, amount: 10.5 },
      { at: "2026-01-06T10:00:00+07:00", won: 0, amount: "2.25" },
    ];
    const ndjson = `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`;
    const sources = (file: string) => ({
      sales: {
        file,
        date: "at",
        measures: {
          revenue: { sum: "amount" },
          won: { count: { column: "won", eq: 1 } },
          lost: { count: { column: "won", eq: 0 } },
        },
      },
    });
    for (const file of ["s.ndjson", "s.json"]) {
      const dir = workspace({
        "s.ndjson": ndjson,
        "s.json": JSON.stringify(lines),
        "spec.json": spec({ sources: sources(file) }),
      });
      const report = await buildReport(await loadSpec(join(dir, "spec.json")));
      expect(report.kpis.map((k) => k.value)).toEqual(["12.75", "0.5"]);
    }
    const dir = workspace({
      "s.ndjson": `${ndjson}{"at": "2026-01-07", "won": 1, "amount": null}\n`,
      "spec.json": spec({ sources: sources("s.ndjson") }),
    });
    const error = await rejectsWithKpiError(
      buildReport(await loadSpec(join(dir, "spec.json"))),
      "invalid_number",
    );
    expect(error.message).toBe(
      's.ndjson: line 3 field "amount" must be a plain decimal number such as 1234.50 (set the source\'s numberLocale for 1.234,50), received null',
    );
  });

  it("refuses a period outside the data, naming the periods it covers", async () => {
    const dir = workspace({ "penjualan.csv": penjualan, "spec.json": spec() });
    const error = await rejectsWithKpiError(
      buildReport(await loadSpec(join(dir, "spec.json")), { period: "2025-12" }),
      "invalid_period",
    );
    expect(error.message).toBe(
      'spec.json: the period must be a period with data (the data covers 2026-01 to 2026-02), received "2025-12"',
    );
  });

  it("reads a file of many chunks: lines counted across chunks, blank lines, CRLF, a quote left open", async () => {
    // About 200 kB: csv-parse gets several chunks, and a quoted field spanning lines sits across
    // chunk boundaries; the bad row near the end is named by its line in the file.
    const rows = ["tanggal;status;nilai;pelanggan"];
    for (let i = 0; i < 6000; i++) rows.push(`0${(i % 9) + 1}/01/2026;menang;"1.000,00";"P\n${i}"`);
    rows.push("", "05/01/2026;menang;1.000,00;P", "05/13/2026;kalah;0;P");
    const text = `${rows.join("\r\n")}\r\n`;
    const badLine = 1 + 6000 * 2 + 1 + 1 + 1;
    const dir = workspace({ "penjualan.csv": text, "spec.json": spec() });
    const error = await rejectsWithKpiError(
      buildReport(await loadSpec(join(dir, "spec.json"))),
      "invalid_date",
    );
    expect(error.message).toBe(
      `penjualan.csv: line ${badLine} column 1 ("tanggal") must be a date written as dd/MM/yyyy, received "05/13/2026"`,
    );
    const good = workspace({
      "penjualan.csv": text.replace("05/13/2026", "05/02/2026"),
      "spec.json": spec(),
    });
    const report = await buildReport(await loadSpec(join(good, "spec.json")), {
      period: "2026-01",
    });
    expect(report.dataQuality.rows).toBe(6002);
    expect(report.kpis[0]?.value).toBe("6001000");
    const open = workspace({
      "penjualan.csv": `${penjualan}06/02/2026;menang;"5,00;P9\n`,
      "spec.json": spec(),
    });
    const unclosed = await rejectsWithKpiError(
      buildReport(await loadSpec(join(open, "spec.json"))),
      "invalid_record",
    );
    expect(unclosed.message).toMatch(
      /^penjualan\.csv: line 6 must be well-formed CSV \(quotes closed, quotes doubled inside quoted fields\), received "Quote Not Closed/,
    );
  });
});
