import { describe, expect, it } from "vitest";
import { defineMeasure, toDecimal } from "../../../src/index.js";
import { expectKpiError } from "../../support/expectKpiError.js";

// The `properties` of a measure definition: getters every state shows, computed when read.
const definition = (properties: unknown) =>
  ({
    kind: "tally",
    fill: "zero",
    accessor: "x",
    expected: "a safe integer",
    reader: () => {
      let read = 0;
      return {
        read: (value: unknown) => {
          if (!Number.isSafeInteger(value)) return false;
          read = value as number;
          return true;
        },
        add: (state: { total: number }) => {
          state.total += read;
        },
      };
    },
    empty: () => ({ total: 0 }),
    mergeInto: (target: { total: number }, source: { total: number }) => {
      target.total += source.total;
    },
    finalize: (state: { total: number }) => toDecimal(state.total),
    toJSON: (state: { total: number }) => ({ total: state.total }),
    fromJSON: (json: Readonly<Record<string, unknown>>) =>
      Number.isSafeInteger(json.total) ? { total: json.total as number } : undefined,
    properties,
  }) as never;

describe("defineMeasure properties", () => {
  it("are read-only getters on every state (empty, added, merged, deserialized, cloned), not in its JSON", () => {
    const measure = defineMeasure(
      definition({ doubled: (state: { total: number }) => toDecimal(state.total * 2) }),
    );
    const state = measure.empty() as unknown as { doubled: { toString(): string } };
    measure.add(state as never, { x: 4 }, 0);
    expect(state.doubled.toString()).toBe("8");
    const merged = measure.merge(state as never, measure.deserialize({ kind: "tally", total: 1 }));
    expect((merged as unknown as { doubled: unknown }).doubled?.toString()).toBe("10");
    expect(JSON.parse(JSON.stringify(merged))).toEqual({ kind: "tally", total: 5 });
    expect(Object.keys(merged as object)).not.toContain("doubled");
  });

  it("refuses properties that are not functions, or that would hide kind or toJSON", () => {
    for (const [properties, path] of [
      [3, ["definition", "properties"]],
      [{ doubled: 2 }, ["definition", "properties", "doubled"]],
      [{ kind: () => "x" }, ["definition", "properties", "kind"]],
      [{ toJSON: () => ({}) }, ["definition", "properties", "toJSON"]],
    ] as const) {
      expectKpiError(() => defineMeasure(definition(properties)), "invalid_argument", {
        message:
          /^defineMeasure: .* must be an object of functions \(state\) => value, none named kind or toJSON/,
        path,
      });
    }
  });
});
