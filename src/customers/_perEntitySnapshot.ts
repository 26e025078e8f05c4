import {
  type EntitySnapshot,
  type GroupKey,
  type PerEntityKind,
  sortedKeys,
} from "../aggregate/internal.js";
import { type Decimal, KDecimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

const KINDS: readonly unknown[] = [
  "sum_of_latest_per_entity",
  "sum_of_earliest_per_entity",
] satisfies readonly PerEntityKind[];

/** The entity values of a per-entity state, sorted by entity. @internal */
export function entityValuesOf(subject: string, state: unknown): Map<GroupKey, Decimal> {
  if (
    typeof state !== "object" ||
    state === null ||
    !((state as { entities?: unknown }).entities instanceof Map) ||
    !KINDS.includes((state as { kind?: unknown }).kind)
  ) {
    return raise("invalid_argument", subject, ["state"], CUSTOMERS_EXPECTED.perEntityState, state);
  }
  const entities = (state as { entities: Map<GroupKey, EntitySnapshot> }).entities;
  const result = new Map<GroupKey, Decimal>();
  for (const key of sortedKeys(entities.keys())) {
    result.set(key, new KDecimal((entities.get(key) as EntitySnapshot).value));
  }
  return result;
}
