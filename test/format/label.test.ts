import { describe, expect, it } from "vitest";
import { describeMetric, label } from "../../src/format/label.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { labelLanguage } from "../../src/model/labelLanguage.js";

describe("label", () => {
  it("picks Indonesian for id locales and English otherwise", () => {
    expect(label(winRate)).toBe("Rasio kemenangan");
    expect(label(winRate, "id")).toBe("Rasio kemenangan");
    expect(label(winRate, "en-US")).toBe("Win rate");
    expect(label(winRate, "fr-FR")).toBe("Win rate");
    expect(describeMetric(winRate, "id-ID")).toMatch(/^Porsi kesepakatan/);
  });

  it("maps locales to label languages", () => {
    expect(["id", "id-ID", "ID_id", "in", "en", "en-GB", "", undefined].map(labelLanguage)).toEqual(
      ["id", "id", "id", "id", "en", "en", "en", "en"],
    );
  });
});
