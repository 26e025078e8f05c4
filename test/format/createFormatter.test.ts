import { describe, expect, it } from "vitest";
import { createFormatter } from "../../src/format/createFormatter.js";
import { formatEvaluation } from "../../src/format/formatEvaluation.js";
import { formatValue } from "../../src/format/formatValue.js";
import { statusLabel } from "../../src/format/statusLabel.js";
import { customerAcquisitionCost } from "../../src/metrics/marketing/customerAcquisitionCost.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { evaluate } from "../../src/target/evaluate.js";
import { expectKpiError } from "../support/expectKpiError.js";

// Intl puts non-breaking spaces in "Rp 1.234.568" and "12,5 hari"; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("createFormatter", () => {
  const cac = evaluate({ metric: customerAcquisitionCost, actual: "23700000", target: "20000000" });
  const rate = evaluate({ metric: winRate, actual: "0.28", target: "0.3" });

  it("gives every call its locale and currency: the same text as passing them each time", () => {
    const en = createFormatter({ locale: "en-US", currency: "USD" });
    const options = { locale: "en-US", currency: "USD" };
    for (const [value, unit] of [
      ["1234.565", "currency"],
      ["250", "currency_per_day"],
      ["0.123", "ratio"],
      ["12.5", "days"],
      ["4.2", "multiple"],
      ["-42", "net_score"],
      [null, "count"],
    ] as const) {
      expect(en.formatValue(value, unit)).toBe(formatValue(value, unit, options));
    }
    expect(en.formatEvaluation(cac)).toEqual(formatEvaluation(cac, options));
    expect(en.formatEvaluation(rate)).toEqual(formatEvaluation(rate, options));
    expect(en.statusLabel("at_risk")).toBe(statusLabel("at_risk", "en-US"));
    expect(en.label(winRate)).toBe("Win rate");
    expect(en.describeMetric(winRate)).toBe(
      "Share of closed deals that were won; open deals are excluded.",
    );
    expect([en.locale, en.currency]).toEqual(["en-US", "USD"]);
  });

  it("worked values: USD in English, IDR in Indonesian", () => {
    const en = createFormatter({ locale: "en-US", currency: "USD" });
    expect(en.formatValue("1234.565", "currency")).toBe("$1,234.57");
    expect(en.formatEvaluation(rate).text).toBe("Win rate: 28% (target 30%, 93.3%) — At risk");
    const id = createFormatter({ currency: "IDR" });
    expect(id.locale).toBe("id-ID");
    expect(plain(id.formatValue("1234567.5", "currency"))).toBe("Rp 1.234.568");
    expect(plain(id.formatEvaluation(cac).text)).toBe(
      "Biaya akuisisi pelanggan: Rp 23.700.000 (target Rp 20.000.000, 84,4%) — Tidak sesuai target",
    );
    expect(id.label(winRate)).toBe("Rasio kemenangan");
    expect(id.statusLabel("no_data")).toBe("Tidak ada data");
  });

  it("binds fixedDigits, placeholder, notation and rounding, and a call's own options win", () => {
    const report = createFormatter({
      locale: "en-US",
      currency: "USD",
      fixedDigits: true,
      placeholder: "n/a",
      roundingMode: "halfEven",
    });
    const columns = report.formatEvaluation(rate);
    expect([columns.actual, columns.target, columns.variance, columns.attainment]).toEqual([
      "28.0%",
      "30.0%",
      "-2.0 pp",
      "93.3%",
    ]);
    expect(report.formatValue(null, "ratio")).toBe("n/a");
    expect(report.formatValue("2.345", "score")).toBe("2.34");
    expect(report.formatValue("2.345", "score", { roundingMode: "halfExpand" })).toBe("2.35");
    expect(report.formatValue("0.5", "ratio", { fixedDigits: false })).toBe("50%");
    expect(report.formatValue("1234.5", "currency", { currency: "EUR" })).toBe("€1,234.50");
    expect(report.formatValue("0.123", "ratio", { placeholder: undefined })).toBe("12.3%");
    expect(report.formatValue(null, "ratio", { placeholder: undefined })).toBe("n/a");
    expect(report.formatValue("1", "net_score", { signDisplay: "exceptZero" })).toBe("+1");
    const compact = createFormatter({ locale: "en-US", currency: "USD", notation: "compact" });
    expect(compact.formatValue("1234567", "currency")).toBe("$1.2M");
  });

  it("is immutable and independent of the options object it was made from", () => {
    const options: { locale: string; currency: string } = { locale: "en-US", currency: "USD" };
    const formatter = createFormatter(options);
    options.locale = "id-ID";
    options.currency = "IDR";
    expect(formatter.formatValue("1234.5", "currency")).toBe("$1,234.50");
    expect(Object.isFrozen(formatter)).toBe(true);
    expect(() => {
      (formatter as { locale: string }).locale = "id-ID";
    }).toThrow(TypeError);
    // Two formatters side by side: no global setting.
    const id = createFormatter();
    expect(plain(id.formatValue("0.5", "ratio"))).toBe("50%");
    expect(id.statusLabel("on_track")).toBe("Sesuai target");
    expect(formatter.statusLabel("on_track")).toBe("On track");
  });

  it("the currency is still required for currency units when none is bound", () => {
    expectKpiError(
      () => createFormatter({ locale: "en-US" }).formatValue("1", "currency"),
      "invalid_option",
      { path: ["options", "currency"], message: /^formatValue: option "currency" must be/ },
    );
  });

  it("checks its options when it is made, naming createFormatter", () => {
    expectKpiError(
      () => createFormatter({ locale: "en-US", curency: "USD" } as never),
      "invalid_option",
      'createFormatter: option "curency" must be one of the options "locale", "currency", "roundingMode", "fixedDigits", "notation", "placeholder", received "curency"',
    );
    expectKpiError(() => createFormatter({ fractionDigits: 2 } as never), "invalid_option", {
      path: ["options", "fractionDigits"],
    });
    expectKpiError(() => createFormatter({ locale: "not a locale!" }), "invalid_option", {
      path: ["options", "locale"],
      message: /^createFormatter: option "locale" must be a BCP 47 locale tag Intl supports/,
    });
    expectKpiError(() => createFormatter({ currency: "US" }), "invalid_option", {
      path: ["options", "currency"],
      message: /^createFormatter: option "currency" must be an ISO 4217 currency code/,
    });
    expectKpiError(() => createFormatter({ currency: 840 as never }), "invalid_option", {
      path: ["options", "currency"],
    });
    expectKpiError(() => createFormatter({ locale: 7 as never }), "invalid_option", {
      path: ["options", "locale"],
    });
    expectKpiError(() => createFormatter({ notation: "short" as never }), "invalid_option", {
      path: ["options", "notation"],
    });
    expectKpiError(() => createFormatter({ fixedDigits: "yes" as never }), "invalid_option", {
      path: ["options", "fixedDigits"],
    });
    expectKpiError(() => createFormatter({ placeholder: 0 as never }), "invalid_option", {
      path: ["options", "placeholder"],
    });
    expectKpiError(() => createFormatter({ roundingMode: "up" as never }), "invalid_option", {
      path: ["options", "roundingMode"],
    });
    expectKpiError(() => createFormatter("en-US" as never), "invalid_argument", {
      path: ["options"],
    });
  });

  it("hands a call's options that are not an object on, to be refused as before", () => {
    const formatter = createFormatter({ locale: "en-US" });
    expectKpiError(() => formatter.formatValue("1", "count", 5 as never), "invalid_argument", {
      path: ["options"],
      message: /^formatValue: /,
    });
    expectKpiError(() => formatter.formatEvaluation(rate, null as never), "invalid_argument", {
      path: ["options"],
      message: /^formatEvaluation: /,
    });
    expectKpiError(
      () => formatter.formatValue("1", "count", { digits: 2 } as never),
      "invalid_option",
      {
        path: ["options", "digits"],
      },
    );
  });
});
