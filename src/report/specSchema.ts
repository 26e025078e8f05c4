import * as z from "zod/mini";
import { GRANULARITIES } from "../period/index.js";
import { shareIntervalMethods } from "../review/index.js";
import { alertRuleSchema, calendarSchema } from "../schemas/index.js";
import * as REPORT_EXPECTED from "./messages.js";
import {
  COMPARISONS,
  CUSTOMER_COUNTS,
  type ReportSpec,
  SPEC_ON_INVALID,
  type SpecCondition,
} from "./types.js";

const text = (description: string) => z.string().check(z.meta({ description }));

function conditionSchema(): z.ZodMiniType<SpecCondition> {
  const value = z.union([z.string(), z.number(), z.boolean()]);
  const self: z.ZodMiniType<SpecCondition> = z.lazy(() =>
    z
      .strictObject({
        column: z.optional(text(REPORT_EXPECTED.describeColumn)),
        eq: z.optional(value),
        ne: z.optional(value),
        in: z.optional(z.array(value)),
        is: z.optional(z.enum(["null", "not_null"])),
        all: z.optional(z.array(self)),
        any: z.optional(z.array(self)),
        not: z.optional(self),
      })
      .check(z.meta({ description: REPORT_EXPECTED.describeCondition })),
  ) as unknown as z.ZodMiniType<SpecCondition>;
  return self;
}

/**
 * The zod (`zod/mini`) schema of a report spec: its shape. `validateSpec` checks the rest (exactly
 * one origin per source and one kind per measure, metric ids and inputs, period keys, locales).
 * `z.toJSONSchema(reportSpecSchema())` is docs/report.schema.json.
 *
 * @returns The schema.
 * @internal
 */
export function reportSpecSchema(): z.ZodMiniType<ReportSpec> {
  const condition = conditionSchema();
  const column = text(REPORT_EXPECTED.describeColumn);
  const measureValue = z
    .union([z.string(), z.number(), z.array(z.string())])
    .check(z.meta({ description: REPORT_EXPECTED.describeValueOf }));
  const measure = z
    .strictObject({
      count: z.optional(z.union([z.literal(true), condition])),
      sum: z.optional(column),
      where: z.optional(condition),
      countDistinct: z.optional(column),
      mean: z.optional(column),
      min: z.optional(column),
      max: z.optional(column),
      first: z.optional(column),
      last: z.optional(column),
      convertedSum: z.optional(column),
      currency: z.optional(
        z.union([
          text(REPORT_EXPECTED.describeCurrency),
          z.strictObject({ column: text(REPORT_EXPECTED.describeCurrencyColumn) }),
        ]),
      ),
      rates: z.optional(text(REPORT_EXPECTED.describeRates)),
      to: z.optional(text(REPORT_EXPECTED.describeCurrency)),
      method: z.optional(z.enum(["spot", "average"])),
      customers: z.optional(z.union([z.enum(CUSTOMER_COUNTS), z.array(z.enum(CUSTOMER_COUNTS))])),
    })
    .check(z.meta({ description: REPORT_EXPECTED.describeMeasure }));
  const source = z
    .strictObject({
      file: z.optional(text(REPORT_EXPECTED.describeFile)),
      type: z.optional(z.enum(["csv", "ndjson", "json"])),
      delimiter: z.optional(z.string()),
      duckdb: z.optional(
        z.strictObject({
          database: z.optional(z.string()),
          table: z.optional(z.string()),
          file: z.optional(z.string()),
          query: z.optional(z.string()),
        }),
      ),
      postgres: z.optional(z.strictObject({ url: z.string(), table: z.string() })),
      clickhouse: z.optional(
        z.strictObject({
          url: z.optional(z.string()),
          database: z.optional(z.string()),
          table: z.optional(z.string()),
          file: z.optional(z.string()),
          query: z.optional(z.string()),
        }),
      ),
      date: z.union([
        column,
        z.strictObject({
          column,
          format: z.optional(text(REPORT_EXPECTED.describeDateFormat)),
        }),
      ]),
      numberLocale: z.optional(text(REPORT_EXPECTED.describeNumberLocale)),
      where: z.optional(condition),
      groupBy: z.optional(z.union([text(REPORT_EXPECTED.describeSourceGroupBy), z.literal(false)])),
      customer: z.optional(text(REPORT_EXPECTED.describeCustomer)),
      order: z.optional(text(REPORT_EXPECTED.describeOrder)),
      measures: z.record(z.string(), measure),
    })
    .check(z.meta({ description: REPORT_EXPECTED.describeSource }));
  const metric = z
    .strictObject({
      metric: text(REPORT_EXPECTED.describeMetric),
      module: z.optional(text(REPORT_EXPECTED.describeModule)),
      export: z.optional(z.string()),
      inputs: z.record(z.string(), measureValue),
    })
    .check(z.meta({ description: REPORT_EXPECTED.describeMetricEntry }));
  const localized = z.strictObject({ en: z.string(), id: z.string() });
  const term = z.strictObject({
    name: z.string(),
    label: localized,
    metric: z.optional(z.string()),
  });
  const numberOrText = z.union([z.number(), z.string()]);
  const review = z
    .strictObject({
      intervals: z.optional(
        z.union([
          z.boolean(),
          z.strictObject({
            confidence: z.optional(numberOrText),
            method: z.optional(z.enum(shareIntervalMethods)),
            minimum: z.optional(z.number()),
          }),
        ]),
      ),
      decompositions: z.optional(
        z.array(
          z
            .strictObject({
              identity: z.union([
                text(REPORT_EXPECTED.describeIdentity),
                z.strictObject({
                  id: z.string(),
                  label: localized,
                  result: term,
                  factors: z.array(term),
                }),
              ]),
              values: z.optional(
                z.record(
                  z.string(),
                  z.union([
                    measureValue,
                    z.strictObject({
                      metric: z.string(),
                      inputs: z.record(z.string(), measureValue),
                    }),
                  ]),
                ),
              ),
              against: z.optional(z.enum(COMPARISONS)),
              places: z.optional(z.number()),
            })
            .check(z.meta({ description: REPORT_EXPECTED.describeDecomposition })),
        ),
      ),
      projection: z.optional(
        z
          .strictObject({
            metric: z.string(),
            asOf: z.optional(z.union([z.string(), z.number()])),
            confidence: z.optional(numberOrText),
            band: z.optional(z.enum(["prediction", "mean"])),
            businessDays: z.optional(
              z.union([
                z.boolean(),
                z.strictObject({
                  holidays: z.optional(
                    z.union([z.literal("indonesia_example"), z.array(z.string())]),
                  ),
                  weekend: z.optional(z.array(z.number())),
                }),
              ]),
            ),
          })
          .check(z.meta({ description: REPORT_EXPECTED.describeProjection })),
      ),
      alerts: z.optional(
        z.union([text(REPORT_EXPECTED.describeAlertsFile), z.array(alertRuleSchema())]),
      ),
    })
    .check(z.meta({ description: REPORT_EXPECTED.describeReview }));
  return z.strictObject({
    $schema: z.optional(z.string()),
    title: z.optional(z.string()),
    locale: z.optional(text(REPORT_EXPECTED.describeLocale)),
    currency: z.optional(text(REPORT_EXPECTED.describeCurrency)),
    calendar: z.optional(calendarSchema()),
    granularity: z.optional(z.enum(GRANULARITIES as unknown as readonly [string, ...string[]])),
    range: z.optional(z.strictObject({ from: z.string(), to: z.string() })),
    period: z.optional(z.string()),
    onInvalid: z.optional(z.enum(SPEC_ON_INVALID)),
    sources: z.record(z.string(), source),
    metrics: z.array(metric),
    targets: z.optional(z.union([z.string(), z.array(z.string())])),
    comparisons: z.optional(z.array(z.enum(COMPARISONS))),
    groupBy: z.optional(text(REPORT_EXPECTED.describeGroupBy)),
    review: z.optional(review),
  }) as unknown as z.ZodMiniType<ReportSpec>;
}
