import { KpiError, type KpiErrorCode, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { isIssue, readNumeric } from "../core/numeric.js";
import { type CurrencyCode, isCurrencyCode } from "./currencies.js";
import { dayOfText } from "./dates.js";
import { exactOf, fractionOf } from "./exact.js";
import { MONEY_EXPECTED, MONEY_RECEIVED } from "./messages.js";
import type {
  CurrencyRates,
  DayRateQuote,
  IndexedQuote,
  PeriodRateQuote,
  RateQuote,
  RateTable,
} from "./types.js";

const SUBJECT = "parseRateTable";
const FILE_FIELDS: readonly string[] = ["pivot", "rates", "source", "fictional", "note"];
const ENTRY_FIELDS: readonly string[] = ["currency", "rate", "date", "from", "to", "source"];

type Path = readonly (string | number)[];

/**
 * Reads and validates a table of exchange rates (plain JSON, or its text) against one pivot
 * currency. Every rate reads "one unit of the pivot is `rate` units of `currency`", holds for a
 * `date` (a day rate: spot rates, closing rates) or for a period `from`–`to` (a period rate: an
 * average), and keeps its `source` (the entry's, else the file's). Every problem in the file is
 * reported at once, each with its path.
 *
 * @param input - `{ pivot, rates: [...], source?, fictional?, note? }`, or its JSON text.
 * @returns The {@link RateTable}, indexed by currency and date.
 * @throws {KpiError} with one issue per problem: `invalid_argument` (shape, unknown fields, unknown
 * currencies, missing source), `invalid_date`, `invalid_number` and `out_of_domain` (a rate that is
 * not a positive decimal), `inconsistent_inputs` (two day rates for one currency and date,
 * overlapping periods, `from` after `to`, a rate for the pivot itself).
 * @example
 * ```ts
 * import { parseRateTable } from "kinerja";
 *
 * const rates = parseRateTable({
 *   pivot: "USD",
 *   source: "fictional example rates",
 *   rates: [
 *     { currency: "IDR", date: "2025-03-14", rate: "16350" },
 *     { currency: "IDR", from: "2025-03-01", to: "2025-03-31", rate: "16400.5" },
 *   ],
 * });
 * console.log(rates.pivot, rates.quotes.length, rates.quotes[0]?.rate.toString());
 * // USD 2 16350
 *
 * try {
 *   parseRateTable({ pivot: "USD", rates: [{ currency: "IDX", date: "2025-02-30", rate: -1 }] });
 * } catch (error) {
 *   console.log((error as Error).message);
 *   // 4 problems:
 *   //   - parseRateTable: rates[0].currency must be a supported ISO 4217 currency code in upper case, such as "IDR", "USD" or "EUR" (see CURRENCY_CODES), received "IDX"
 *   //   - parseRateTable: rates[0].rate must be a positive rate (units of the currency per one unit of the pivot), received -1
 *   //   - parseRateTable: rates[0].date must be a date "YYYY-MM-DD" that exists in the calendar, from 0001-01-01 to 9999-12-31, received "2025-02-30"
 *   //   - parseRateTable: rates[0].source must be a non-empty string naming where the rate comes from, received undefined
 * }
 * ```
 * @category Money
 */
export function parseRateTable(input: unknown): RateTable {
  const issues: KpiIssue[] = [];
  const report = (code: KpiErrorCode, path: Path, expected: string, received: string): void => {
    issues.push(makeIssue({ code, subject: SUBJECT, path, expected, received }));
  };
  let data: unknown = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      report("invalid_argument", [], MONEY_EXPECTED.rateFile, MONEY_RECEIVED.json(detail));
      throw new KpiError(issues);
    }
  }
  if (!isPlainObject(data)) {
    report("invalid_argument", [], MONEY_EXPECTED.rateFile, describe(data));
    throw new KpiError(issues);
  }
  for (const key of Object.keys(data)) {
    if (!FILE_FIELDS.includes(key)) {
      report("invalid_argument", [key], MONEY_EXPECTED.rateFileField, JSON.stringify(key));
    }
  }
  const pivot = isCurrencyCode(data.pivot) ? data.pivot : undefined;
  if (pivot === undefined) {
    report("invalid_argument", ["pivot"], MONEY_EXPECTED.currency, describe(data.pivot));
  }
  const fileSource = data.source === undefined ? undefined : readSource(data.source, ["source"]);
  const fictional = data.fictional === undefined ? false : data.fictional;
  if (typeof fictional !== "boolean") {
    report("invalid_argument", ["fictional"], MONEY_EXPECTED.boolean, describe(fictional));
  }
  const note = data.note === undefined ? null : data.note;
  if (note !== null && typeof note !== "string") {
    report("invalid_argument", ["note"], MONEY_EXPECTED.string, describe(note));
  }
  const quotes: RateQuote[] = [];
  const indexed: IndexedQuote[] = [];
  const positions = new Map<IndexedQuote, number>();
  if (!Array.isArray(data.rates)) {
    report("invalid_argument", ["rates"], MONEY_EXPECTED.rates, describe(data.rates));
  } else {
    data.rates.forEach((entry: unknown, index: number) => {
      const read = readEntry(entry, ["rates", index]);
      if (read !== undefined) {
        quotes.push(read.quote);
        indexed.push(read);
        positions.set(read, index);
      }
    });
  }
  const index = buildIndex(indexed, positions, pivot, report);
  if (issues.length > 0) throw new KpiError(issues);
  return Object.freeze({
    type: "rate_table",
    pivot: pivot as CurrencyCode,
    quotes: Object.freeze(quotes),
    fictional: fictional as boolean,
    note: note as string | null,
    index,
  });

  function readSource(value: unknown, path: Path): string | undefined {
    if (typeof value === "string" && value.trim() !== "") return value;
    report("invalid_argument", path, MONEY_EXPECTED.source, describe(value));
    return undefined;
  }

  function readDay(value: unknown, path: Path): number | undefined {
    const day = dayOfText(value);
    if (day === undefined) report("invalid_date", path, MONEY_EXPECTED.rateDate, describe(value));
    return day;
  }

  function readEntry(entry: unknown, path: Path): IndexedQuote | undefined {
    if (!isPlainObject(entry)) {
      report("invalid_argument", path, MONEY_EXPECTED.rateEntry, describe(entry));
      return undefined;
    }
    const before = issues.length;
    for (const key of Object.keys(entry)) {
      if (!ENTRY_FIELDS.includes(key)) {
        report(
          "invalid_argument",
          [...path, key],
          MONEY_EXPECTED.rateEntryField,
          JSON.stringify(key),
        );
      }
    }
    const currency = isCurrencyCode(entry.currency) ? entry.currency : undefined;
    if (currency === undefined) {
      report(
        "invalid_argument",
        [...path, "currency"],
        MONEY_EXPECTED.currency,
        describe(entry.currency),
      );
    } else if (pivot !== undefined && currency === pivot) {
      report(
        "inconsistent_inputs",
        [...path, "currency"],
        MONEY_EXPECTED.notPivot(pivot),
        JSON.stringify(currency),
      );
    }
    const rate = readRate(entry.rate, [...path, "rate"]);
    const hasDate = entry.date !== undefined;
    const hasFrom = entry.from !== undefined;
    const hasTo = entry.to !== undefined;
    let first: number | undefined;
    let last: number | undefined;
    if (hasDate && (hasFrom || hasTo)) {
      report("invalid_argument", path, MONEY_EXPECTED.dateOrPeriod, MONEY_RECEIVED.dateAndPeriod);
    } else if (hasDate) {
      first = readDay(entry.date, [...path, "date"]);
      last = first;
    } else if (hasFrom && hasTo) {
      first = readDay(entry.from, [...path, "from"]);
      last = readDay(entry.to, [...path, "to"]);
      if (first !== undefined && last !== undefined && first > last) {
        report(
          "inconsistent_inputs",
          [...path, "to"],
          MONEY_EXPECTED.periodOrder,
          MONEY_RECEIVED.period(entry.from as string, entry.to as string),
        );
      }
    } else if (hasFrom || hasTo) {
      report(
        "invalid_argument",
        path,
        MONEY_EXPECTED.periodBounds,
        MONEY_RECEIVED.onlyOneBound(hasFrom ? "from" : "to"),
      );
    } else {
      report(
        "invalid_argument",
        path,
        MONEY_EXPECTED.dateOrPeriod,
        MONEY_RECEIVED.neitherDateNorPeriod,
      );
    }
    const source =
      entry.source === undefined
        ? (fileSource ?? readSource(undefined, [...path, "source"]))
        : readSource(entry.source, [...path, "source"]);
    if (issues.length > before || currency === undefined || rate === undefined) return undefined;
    if (first === undefined || last === undefined || source === undefined) return undefined;
    const exact = fractionOf(exactOf(rate));
    const quote: RateQuote = hasDate
      ? Object.freeze({ kind: "day", currency, rate, date: entry.date as string, source })
      : Object.freeze({
          kind: "period",
          currency,
          rate,
          from: entry.from as string,
          to: entry.to as string,
          source,
        });
    return { quote, rate: exact, first, last };
  }

  function readRate(value: unknown, path: Path) {
    const read = readNumeric(value, { subject: SUBJECT, path, where: path.join(".") });
    if (isIssue(read)) {
      report("invalid_number", path, MONEY_EXPECTED.rate, describe(value));
      return undefined;
    }
    if (read.isNegative() || read.isZero()) {
      report("out_of_domain", path, MONEY_EXPECTED.positiveRate, describe(value));
      return undefined;
    }
    return read;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function buildIndex(
  quotes: readonly IndexedQuote[],
  positions: ReadonlyMap<IndexedQuote, number>,
  pivot: CurrencyCode | undefined,
  report: (code: KpiErrorCode, path: Path, expected: string, received: string) => void,
): ReadonlyMap<CurrencyCode, CurrencyRates> {
  const byCurrency = new Map<
    CurrencyCode,
    { days: IndexedQuote<DayRateQuote>[]; periods: IndexedQuote<PeriodRateQuote>[] }
  >();
  for (const item of quotes) {
    if (item.quote.currency === pivot) continue;
    let rates = byCurrency.get(item.quote.currency);
    if (rates === undefined) {
      rates = { days: [], periods: [] };
      byCurrency.set(item.quote.currency, rates);
    }
    if (item.quote.kind === "day") rates.days.push(item as IndexedQuote<DayRateQuote>);
    else rates.periods.push(item as IndexedQuote<PeriodRateQuote>);
  }
  const position = (item: IndexedQuote): number => positions.get(item) as number;
  const index = new Map<CurrencyCode, CurrencyRates>();
  for (const [currency, rates] of byCurrency) {
    const order = (a: IndexedQuote, b: IndexedQuote): number =>
      a.first - b.first || position(a) - position(b);
    rates.days.sort(order);
    rates.periods.sort(order);
    for (let i = 1; i < rates.days.length; i++) {
      const previous = rates.days[i - 1] as IndexedQuote<DayRateQuote>;
      const current = rates.days[i] as IndexedQuote<DayRateQuote>;
      if (previous.first === current.first) {
        report(
          "inconsistent_inputs",
          ["rates", position(current), "date"],
          MONEY_EXPECTED.uniqueDay,
          MONEY_RECEIVED.duplicateDay(currency, current.quote.date, position(previous)),
        );
      }
    }
    let reach: IndexedQuote<PeriodRateQuote> | undefined;
    for (const current of rates.periods) {
      if (reach !== undefined && current.first <= reach.last) {
        report(
          "inconsistent_inputs",
          ["rates", position(current), "from"],
          MONEY_EXPECTED.disjointPeriods,
          MONEY_RECEIVED.overlap(
            currency,
            MONEY_RECEIVED.period(current.quote.from, current.quote.to),
            position(reach),
            MONEY_RECEIVED.period(reach.quote.from, reach.quote.to),
          ),
        );
      }
      if (reach === undefined || current.last > reach.last) reach = current;
    }
    index.set(
      currency,
      Object.freeze({ days: Object.freeze(rates.days), periods: Object.freeze(rates.periods) }),
    );
  }
  return index;
}
