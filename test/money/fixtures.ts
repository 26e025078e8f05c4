import { parseRateTable } from "../../src/money/parseRateTable.js";

/** A small fictional table, pivot USD: day rates on weekdays of 10–14 March 2025, monthly averages for March. */
export function exampleRates() {
  return parseRateTable({
    pivot: "USD",
    source: "fictional test rates",
    fictional: true,
    rates: [
      { currency: "IDR", date: "2025-03-10", rate: "16400" },
      { currency: "IDR", date: "2025-03-11", rate: "16420" },
      { currency: "IDR", date: "2025-03-12", rate: "16380" },
      { currency: "IDR", date: "2025-03-13", rate: "16300" },
      { currency: "IDR", date: "2025-03-14", rate: "16350" },
      { currency: "EUR", date: "2025-03-14", rate: "0.92" },
      { currency: "SGD", date: "2025-03-14", rate: "1.32", source: "another fictional desk" },
      { currency: "JPY", date: "2025-03-14", rate: "148.5" },
      { currency: "IDR", from: "2025-03-01", to: "2025-03-31", rate: "16400.5" },
      { currency: "EUR", from: "2025-03-01", to: "2025-03-31", rate: "0.925" },
    ],
  });
}
