import { unreachable } from "../../core/unreachable.js";
import type { ExactSum } from "../measures/_exact.js";
import type { AnyMeasure } from "../measures/types.js";

/**
 * The states of one measure across the cells of a series. The built-in `sum` and `count` keep
 * theirs as numbers in typed arrays (a state object is made only when `cell.states` is read);
 * every other measure keeps its state objects. @internal
 */
export interface StateColumn {
  /** The state of a cell, as an object of its own (the same object each time for kept objects). */
  state(cell: number): unknown;
  /**
   * The state of a cell, possibly in an object the next call overwrites: for the measure's
   * `finalize`, `mergeInto` (as the source) and `serialize`, which read it and keep nothing of it.
   */
  peek(cell: number): unknown;
}

/** Writes the states of a new column, cell by cell. @internal */
export interface StateColumnWriter {
  /**
   * Sets the state of a cell from a state that may change afterwards (copied), or that nothing
   * will change (`owned`: kept as it is when the column keeps objects).
   */
  put(cell: number, state: unknown, owned: boolean): void;
  /** The column. */
  finish(): StateColumn;
}

interface CountFields {
  count: number;
}

interface SumFields {
  readonly total: ExactSum;
}

/** Whether `object` has exactly these own keys, in order, each a plain writable data property. */
function hasFields(object: unknown, keys: readonly string[]): object is Record<string, unknown> {
  if (typeof object !== "object" || object === null) return false;
  const own = Reflect.ownKeys(object);
  return (
    own.length === keys.length &&
    keys.every((key, index) => {
      const descriptor = Object.getOwnPropertyDescriptor(object, key);
      return own[index] === key && descriptor?.writable === true && "value" in descriptor;
    })
  );
}

/**
 * What a measure's states can be held as. A `sum` whose empty state is `{ kind, total: { small: 0,
 * big: 0n, scale: 0 } }` and a `count` whose empty state is `{ kind, count: 0 }` (the built-in
 * ones) hold numbers: a state is then rebuilt exactly (the measure's `empty()`, those fields set)
 * and read only through the measure's own `finalize`, `mergeInto` and `serialize`. Any other
 * measure keeps its state objects.
 */
function layoutOf(measure: AnyMeasure): "sum" | "count" | "objects" {
  if (measure.kind !== "sum" && measure.kind !== "count") return "objects";
  let empty: unknown;
  try {
    empty = measure.empty();
  } catch {
    return "objects";
  }
  if (measure.kind === "count") {
    return hasFields(empty, ["kind", "count"]) && empty.count === 0 ? "count" : "objects";
  }
  if (!hasFields(empty, ["kind", "total"])) return "objects";
  const total = empty.total;
  return hasFields(total, ["small", "big", "scale"]) &&
    total.small === 0 &&
    total.big === 0n &&
    total.scale === 0
    ? "sum"
    : "objects";
}

/** A column that keeps the state objects. @internal */
export class ObjectColumn implements StateColumn, StateColumnWriter {
  constructor(
    private readonly measure: AnyMeasure,
    readonly states: unknown[],
  ) {}
  state(cell: number): unknown {
    return this.states[cell];
  }
  peek(cell: number): unknown {
    return this.states[cell];
  }
  put(cell: number, state: unknown, owned: boolean): void {
    this.states[cell] = owned ? state : this.measure.clone(state);
  }
  finish(): StateColumn {
    return this;
  }
}

class CountColumn implements StateColumn, StateColumnWriter {
  private readonly scratch: CountFields;
  constructor(
    private readonly measure: AnyMeasure,
    readonly counts: Float64Array,
  ) {
    this.scratch = measure.empty() as CountFields;
  }
  state(cell: number): unknown {
    const state = this.measure.empty() as CountFields;
    state.count = this.counts[cell] as number;
    return state;
  }
  peek(cell: number): unknown {
    this.scratch.count = this.counts[cell] as number;
    return this.scratch;
  }
  put(cell: number, state: unknown): void {
    this.counts[cell] = (state as CountFields).count;
  }
  finish(): StateColumn {
    return this;
  }
}

class SumColumn implements StateColumn, StateColumnWriter {
  private readonly scratch: SumFields;
  /** The bigint parts, or undefined while every one is 0n (holes read as 0n too). */
  private big: (bigint | undefined)[] | undefined;
  constructor(
    private readonly measure: AnyMeasure,
    readonly small: Float64Array,
    readonly scale: Int32Array,
  ) {
    this.scratch = measure.empty() as SumFields;
  }
  private fill(total: ExactSum, cell: number): void {
    total.small = this.small[cell] as number;
    total.scale = this.scale[cell] as number;
    total.big = this.big?.[cell] ?? 0n;
  }
  state(cell: number): unknown {
    const state = this.measure.empty() as SumFields;
    this.fill(state.total, cell);
    return state;
  }
  peek(cell: number): unknown {
    this.fill(this.scratch.total, cell);
    return this.scratch;
  }
  put(cell: number, state: unknown): void {
    const total = (state as SumFields).total;
    this.small[cell] = total.small;
    this.scale[cell] = total.scale;
    if (total.big !== 0n) {
      if (this.big === undefined) this.big = new Array(this.small.length);
      this.big[cell] = total.big;
    }
  }
  finish(): StateColumn {
    return this;
  }
}

/** A writer of a new column of `size` cells for a measure. @internal */
export function columnWriter(measure: AnyMeasure, size: number): StateColumnWriter {
  const layout = layoutOf(measure);
  switch (layout) {
    case "sum":
      return new SumColumn(measure, new Float64Array(size), new Int32Array(size));
    case "count":
      return new CountColumn(measure, new Float64Array(size));
    case "objects":
      return new ObjectColumn(measure, new Array(size));
    default:
      return unreachable(layout, "state layout");
  }
}
