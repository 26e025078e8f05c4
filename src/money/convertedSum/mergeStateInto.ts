import { addExact } from "../exact.js";
import { checkSameQuotes } from "./addEntry.js";
import type { ConvertedSumState } from "./state.js";

/**
 * Adds the parts of `source` into `target` (mutating `target`, copying parts it did not have):
 * exact addition of the per-currency sums of the same rates. The settings are the caller's to
 * check. @internal
 */
export function mergeStateInto(
  target: ConvertedSumState,
  source: ConvertedSumState,
  subject: string,
): void {
  for (const [key, part] of source.parts) {
    const kept = target.parts.get(key);
    if (kept === undefined) {
      target.parts.set(key, { ...part });
    } else {
      checkSameQuotes(kept.quotes, part.quotes, subject);
      kept.amount = addExact(kept.amount, part.amount);
      kept.records += part.records;
    }
  }
}
