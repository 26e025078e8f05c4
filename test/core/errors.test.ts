import { describe, expect, it } from "vitest";
import { isKpiError, KpiError, makeIssue } from "../../src/core/errors.js";
import { describe as describeValue } from "../../src/core/messages.js";
import { winRate } from "../../src/metrics/sales/winRate.js";

describe("KpiError", () => {
  it("carries a code, structured issues and a message naming the metric and field", () => {
    let caught: unknown;
    try {
      winRate({ won: 3, lost: -3 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KpiError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as KpiError;
    expect(error.name).toBe("KpiError");
    expect(error.code).toBe("out_of_domain");
    expect(error.message).toBe(
      'win_rate: input "lost" must be a non-negative integer count, received -3',
    );
    expect(error.issues).toEqual([
      {
        code: "out_of_domain",
        path: ["lost"],
        expected: "a non-negative integer count",
        received: "-3",
        message: 'win_rate: input "lost" must be a non-negative integer count, received -3',
      },
    ]);
    expect(isKpiError(error)).toBe(true);
    expect(isKpiError(new Error("x"))).toBe(false);
  });

  it("lists every problem, not just the first", () => {
    let error: KpiError | undefined;
    try {
      winRate({ won: "1.5", lost: "x" } as never);
    } catch (caught) {
      error = caught as KpiError;
    }
    expect(error?.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["out_of_domain", ["won"]],
      ["invalid_number", ["lost"]],
    ]);
    expect(error?.message.split("\n")[0]).toBe("2 problems:");
  });

  it("serializes to JSON with its issues", () => {
    const error = new KpiError([
      makeIssue({
        code: "invalid_option",
        subject: "round",
        path: ["places"],
        where: "places",
        expected: "an integer",
        received: "1.5",
      }),
    ]);
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toMatchObject({ name: "KpiError", code: "invalid_option" });
    expect(json.issues[0].message).toBe("round: places must be an integer, received 1.5");
  });

  it("never has an empty issue list", () => {
    const error = new KpiError([]);
    expect(error.issues).toHaveLength(1);
    expect(error.code).toBe("invalid_argument");
  });
});

describe("describe", () => {
  it("describes any value without throwing", () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const cases: [unknown, string][] = [
      [-0, "-0"],
      [Number.NaN, "NaN"],
      ["abc", '"abc"'],
      [10n, "10n"],
      [null, "null"],
      [undefined, "undefined"],
      [Symbol("s"), "a symbol"],
      [() => 1, "a function"],
      [[1, 2], "an array of length 2"],
      [new Date(Number.NaN), "an invalid Date"],
      [new Date(0), "Date 1970-01-01T00:00:00.000Z"],
      [{}, "an object"],
      [true, "true"],
      [revoked.proxy, "an unprintable value"],
    ];
    for (const [value, text] of cases) expect(describeValue(value)).toBe(text);
    expect(describeValue("x".repeat(100))).toMatch(/\.\.\. \(100 characters\)$/);
  });
});
