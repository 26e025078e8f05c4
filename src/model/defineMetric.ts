import { buildMetric } from "./buildMetric.js";
import { checkSpec } from "./checkSpec.js";
import type { InputSpecs, Metric, MetricSpec } from "./types.js";

/**
 * Defines a metric: returns a function that validates its inputs and computes the value, and that
 * also carries the whole definition (id, labels, formula, unit, direction, inputs and their rollup
 * rules, references). Your own metrics get everything the built-ins get: validation, rollups,
 * aggregation, targets, formatting and the catalog docs.
 *
 * @param spec - The definition: metadata, declared inputs, optional cross-input checks and the formula.
 * @returns The callable metric.
 * @throws {KpiError} `invalid_argument` when the id is not snake_case, no input is declared, or the
 * sampling model names an input that is not declared (or a count input that is not a count).
 * @example
 * ```ts
 * import { defineMetric, safeDivide } from "kinerja";
 *
 * const discountRate = defineMetric({
 *   id: "discount_rate",
 *   label: { en: "Discount rate", id: "Tingkat diskon" },
 *   description: { en: "Discounts as a share of gross sales.", id: "Diskon sebagai porsi penjualan kotor." },
 *   formula: "discounts / gross_sales",
 *   category: "sales",
 *   unit: "ratio",
 *   direction: "neutral",
 *   inputs: {
 *     discounts: { domain: "non_negative_amount", rollup: "sum", label: { en: "Discounts", id: "Diskon" } },
 *     grossSales: { domain: "non_negative_amount", rollup: "sum", label: { en: "Gross sales", id: "Penjualan kotor" } },
 *   },
 *   references: [],
 *   compute: ({ discounts, grossSales }) => safeDivide(discounts, grossSales),
 * });
 *
 * console.log(discountRate({ discounts: 150, grossSales: 2000 })?.toString());
 * // 0.075
 * console.log(discountRate.inputs.discounts.rollup, discountRate.unit, discountRate.label.id);
 * // sum ratio Tingkat diskon
 * ```
 * @category Metric model
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineMetric<
  const I extends InputSpecs,
  O = undefined,
  const Id extends string = string,
>(spec: MetricSpec<I, O, Id>): Metric<I, O, Id> {
  checkSpec(spec);
  return buildMetric(spec);
}
