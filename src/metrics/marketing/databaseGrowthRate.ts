import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { exact } from "../../model/exact.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Database (contact list) growth rate: net new contacts over the list size at the start,
 * `(newContacts - lostContacts) / contactsAtStart`, where lost contacts are unsubscribes, bounces
 * and cleaned records. Negative when the list shrank. The start is an opening snapshot (`first` when
 * rolling up); new and lost contacts are flows (summed). `null` when the list was empty at the start.
 *
 * @param inputs - `contactsAtStart`, `newContacts` and `lostContacts`.
 * @returns The growth as a fraction, or `null` when `contactsAtStart` is 0.
 * @throws {KpiError} when a count is negative, fractional or not a number, or more contacts were lost than the list ever held (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { databaseGrowthRate } from "kinerja";
 *
 * console.log(databaseGrowthRate({ contactsAtStart: 20_000, newContacts: 1_500, lostContacts: 500 })?.toString());
 * // 0.05
 * ```
 * @category Marketing metrics
 */
export const databaseGrowthRate = /* @__PURE__ */ buildMetric({
  id: "database_growth_rate",
  label: { en: "Database growth rate", id: "Tingkat pertumbuhan basis data" },
  description: {
    en: "Net new contacts (new minus unsubscribed, bounced or cleaned) over the contact list at the start of the period.",
    id: "Kontak baru bersih (baru dikurangi yang berhenti berlangganan, terpental, atau dibersihkan) dibagi jumlah kontak di awal periode.",
  },
  formula: "(newContacts - lostContacts) / contactsAtStart",
  category: "marketing",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    contactsAtStart: {
      domain: "count",
      rollup: "first",
      label: { en: "Contacts at the start", id: "Kontak di awal periode" },
    },
    newContacts: {
      domain: "count",
      rollup: "sum",
      label: { en: "New contacts", id: "Kontak baru" },
    },
    lostContacts: {
      domain: "count",
      rollup: "sum",
      label: {
        en: "Lost contacts (unsubscribed, bounced, cleaned)",
        id: "Kontak hilang (berhenti berlangganan, terpental, dibersihkan)",
      },
    },
  },
  references: ["https://sequenzy.com/glossary/list-growth-rate"],
  check: ({ contactsAtStart, newContacts, lostContacts }) =>
    lostContacts.gt(exact.plus(contactsAtStart, newContacts))
      ? [
          {
            input: "lostContacts",
            expected: METRIC_EXPECTED.atMostTotal(
              "contactsAtStart + newContacts",
              exact.plus(contactsAtStart, newContacts).toString(),
            ),
          },
        ]
      : [],
  compute: ({ contactsAtStart, newContacts, lostContacts }) =>
    divide(exact.minus(newContacts, lostContacts), contactsAtStart),
});
