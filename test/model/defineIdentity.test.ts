import { describe, expect, it } from "vitest";
import { catalog } from "../../src/metrics/catalog.js";
import { identities } from "../../src/metrics/identities.js";
import { defineIdentity } from "../../src/model/defineIdentity.js";
import { expectKpiError } from "../support/expectKpiError.js";

const label = { en: "x", id: "x" };

describe("defineIdentity", () => {
  it("keeps the declaration as frozen data with its formula", () => {
    const identity = defineIdentity({
      id: "margin_from_units",
      label,
      result: { name: "margin", label },
      factors: [
        { name: "units", label, metric: "units_sold" },
        { name: "margin_per_unit", label },
      ],
    });
    expect(identity.kind).toBe("identity");
    expect(identity.formula).toBe("margin = units × margin_per_unit");
    expect(Object.isFrozen(identity)).toBe(true);
  });

  it("lists every problem of a declaration with its path", () => {
    const error = expectKpiError(
      () =>
        defineIdentity({
          id: "Bad id",
          label: { en: "x" } as never,
          result: { name: "units", label },
          factors: [
            { name: "units", label },
            { name: "Price", label, metric: 3 as never },
          ],
        }),
      "invalid_argument",
    );
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual([
      "id",
      "label",
      "factors.0.name",
      "factors.1.name",
      "factors.1.metric",
    ]);
    expect(error.issues[2]?.message).toBe(
      'defineIdentity: factors[0].name must be a snake_case name, unique among the result and the factors, received "units"',
    );
  });

  it.each([[[]], [Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, label }))], ["x"]])(
    "refuses a factor list of %j",
    (factors) => {
      expectKpiError(
        () =>
          defineIdentity({
            id: "a",
            label,
            result: { name: "y", label },
            factors: factors as never,
          }),
        "invalid_argument",
        { path: ["factors"] },
      );
    },
  );

  it("refuses what is not a declaration", () => {
    expectKpiError(() => defineIdentity(null as never), "invalid_argument", { path: [] });
  });

  it("ships identities whose named metrics are in the catalog", () => {
    const ids = new Set(catalog.map((metric) => metric.id));
    for (const identity of identities) {
      for (const term of [identity.result, ...identity.factors]) {
        if (term.metric !== undefined) expect(ids.has(term.metric as never)).toBe(true);
      }
    }
    expect(identities.map((identity) => identity.formula)).toEqual([
      "sales_revenue = orders × average_order_value",
      "won_deals = closed_deals × win_rate",
      "converted_leads = leads × lead_conversion_rate",
      "sales_revenue = leads × lead_conversion_rate × average_deal_size",
    ]);
  });
});
