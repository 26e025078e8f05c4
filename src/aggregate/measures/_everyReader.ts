import type { MeasureValueReader } from "./types.js";

/**
 * The reader of `count()`: it reads nothing and accepts every record, so `aggregate` skips its
 * `read` on the hot path and only calls `add`. @internal
 */
export class EveryReader implements MeasureValueReader<{ count: number }> {
  read(): boolean {
    return true;
  }
  add(state: { count: number }): void {
    state.count++;
  }
}
