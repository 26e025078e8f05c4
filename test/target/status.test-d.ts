import { describe, expectTypeOf, it } from "vitest";
import type { Evaluation, TargetStatus } from "../../src/target/types.js";

function label(status: TargetStatus): string {
  switch (status) {
    case "on_track":
      return "On track";
    case "at_risk":
      return "At risk";
    case "off_track":
      return "Off track";
    case "no_data":
      return "No data";
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

function missingCase(status: TargetStatus): string {
  switch (status) {
    case "on_track":
      return "On track";
    case "at_risk":
      return "At risk";
    case "off_track":
      return "Off track";
    default: {
      // @ts-expect-error "no_data" is not handled, so status is not never here.
      const unreachable: never = status;
      return unreachable;
    }
  }
}

describe("TargetStatus", () => {
  it("is the closed union of four statuses", () => {
    expectTypeOf<TargetStatus>().toEqualTypeOf<"on_track" | "at_risk" | "off_track" | "no_data">();
    expectTypeOf<Evaluation["status"]>().toEqualTypeOf<TargetStatus>();
    expectTypeOf(label).returns.toEqualTypeOf<string>();
    expectTypeOf(missingCase).parameter(0).toEqualTypeOf<TargetStatus>();
  });

  it("rejects other strings", () => {
    // @ts-expect-error "behind" is not a status.
    const status: TargetStatus = "behind";
    expectTypeOf(status).toEqualTypeOf<TargetStatus>();
  });
});
