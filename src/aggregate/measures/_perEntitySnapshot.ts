import type { Decimal } from "../../core/decimal.js";
import { raise } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import { numericOrUndefined } from "../../core/numeric.js";
import { exact } from "../../model/exact.js";
import { compileAccessor } from "../accessor.js";
import { AGGREGATE_EXPECTED } from "../messages.js";
import { type GroupKey, isGroupKey } from "../series/series.js";
import { keyFromJson, keyToJson, normalKey, sortedKeys } from "./_entityKeys.js";
import { defineMeasure, type MeasureState } from "./defineMeasure.js";
import type { Measure } from "./types.js";

/** The value kept for one entity: the record's instant, index and value. @internal */
export interface EntitySnapshot {
  readonly time: number;
  readonly index: number;
  readonly value: Decimal;
}

/** The fields of a per-entity snapshot state. @internal */
export interface PerEntityFields {
  readonly entities: Map<GroupKey, EntitySnapshot>;
}

/**
 * The kinds of the per-entity snapshot measures.
 *
 * @category Customers
 */
export type PerEntityKind = "sum_of_latest_per_entity" | "sum_of_earliest_per_entity";

/**
 * Options of {@link sumOfLatestPerEntity} and {@link sumOfEarliestPerEntity}: the entity a record
 * describes (a deal, a subscription) and its value at the record's instant.
 *
 * @category Customers
 */
export interface PerEntityOptions {
  /** The entity: a property name or a function `(record, index) => key` (string, finite number, bigint or boolean). */
  readonly entity: string | ((record: never, index: number) => unknown);
  /** The value: a property name or a function `(record, index) => Numeric`. */
  readonly value: string | ((record: never, index: number) => unknown);
}

/**
 * The state of a per-entity snapshot measure: each entity's kept value with its instant and index.
 *
 * @category Customers
 */
export type PerEntityState<K extends PerEntityKind = PerEntityKind> = MeasureState<
  K,
  PerEntityFields
>;

/** A read record: the entity and value, or the reason it cannot be read. */
interface Pair {
  entity: unknown;
  value: unknown;
}

/**
 * Orders two snapshots of one entity: by instant, then record index, then value, so the choice never
 * depends on the order in which records or states arrive. Negative when `a` comes first. `toSql`
 * orders rows the same way, with the `sequence` column as the index (0 without one).
 */
function order(a: EntitySnapshot, b: EntitySnapshot): number {
  if (a.time !== b.time) return a.time - b.time;
  if (a.index !== b.index) return a.index - b.index;
  return a.value.comparedTo(b.value);
}

/** The per-entity snapshot measure of one kind (latest or earliest). @internal */
export function perEntitySnapshot<K extends PerEntityKind>(
  kind: K,
  subject: string,
  options: PerEntityOptions,
): Measure<PerEntityState<K>, Decimal | null, K, undefined> {
  if (typeof options !== "object" || options === null) {
    raise("invalid_argument", subject, ["options"], AGGREGATE_EXPECTED.snapshotOptions, options);
  }
  const entityOf = compileAccessor(
    options.entity,
    subject,
    ["options", "entity"],
    'option "entity"',
  );
  const readValue = compileAccessor(options.value, subject, ["options", "value"], 'option "value"');
  const entityName = typeof options.entity === "string" ? JSON.stringify(options.entity) : "entity";
  const valueName = typeof options.value === "string" ? JSON.stringify(options.value) : "value";
  const latest = kind === "sum_of_latest_per_entity";
  const keep = (entities: Map<GroupKey, EntitySnapshot>, key: GroupKey, next: EntitySnapshot) => {
    const kept = entities.get(key);
    if (kept === undefined) {
      entities.set(key, next);
      return;
    }
    const sign = order(next, kept);
    if (latest ? sign > 0 : sign < 0) entities.set(key, next);
  };
  const measure = defineMeasure({
    kind,
    fill: latest ? "carry_forward" : "null",
    // The record itself: the reader reads the entity and the value from it.
    accessor: (record: never, index: number): Pair => ({
      entity: entityOf(record, index),
      value: readValue(record, index),
    }),
    expected: (raw) => {
      const pair = raw as Pair;
      return AGGREGATE_EXPECTED.snapshotRecord(
        entityName,
        valueName,
        describe(pair.entity),
        describe(pair.value),
      );
    },
    reader: () => {
      let entity: GroupKey = "";
      let value: Decimal | undefined;
      return {
        read: (raw) => {
          const pair = raw as Pair;
          if (!isGroupKey(pair.entity)) return false;
          const read = numericOrUndefined(pair.value);
          if (read === undefined) return false;
          entity = normalKey(pair.entity);
          value = read;
          return true;
        },
        add: (state, time, index) => {
          keep(state.entities, entity, { time, index, value: value as Decimal });
        },
      };
    },
    empty: () => ({ entities: new Map<GroupKey, EntitySnapshot>() }),
    mergeInto: (target, source) => {
      for (const [key, snapshot] of source.entities) keep(target.entities, key, snapshot);
    },
    finalize: (state) =>
      state.entities.size === 0
        ? null
        : exact.sum([...state.entities.values()].map((snapshot) => snapshot.value)),
    toJSON: (state) => ({
      entities: sortedKeys(state.entities.keys()).map((key) => {
        const snapshot = state.entities.get(key) as EntitySnapshot;
        return [keyToJson(key), snapshot.time, snapshot.index, snapshot.value.toFixed()];
      }),
    }),
    fromJSON: (json) => {
      if (!Array.isArray(json.entities)) return undefined;
      const entities = new Map<GroupKey, EntitySnapshot>();
      for (const entry of json.entities as unknown[]) {
        if (!Array.isArray(entry) || entry.length !== 4) return undefined;
        const [keyJson, time, index, text] = entry as unknown[];
        const key = keyFromJson(keyJson);
        if (
          key === undefined ||
          entities.has(key) ||
          !Number.isSafeInteger(time) ||
          // Any safe integer: an index from aggregate is non-negative, a sequence column from toSql
          // may not be.
          !Number.isSafeInteger(index) ||
          typeof text !== "string"
        ) {
          return undefined;
        }
        const value = numericOrUndefined(text);
        if (value === undefined) return undefined;
        entities.set(key, { time: time as number, index: index as number, value });
      }
      return { entities };
    },
    isState: (state) => state.entities instanceof Map,
    consistent: (state, records, from, to) => {
      if (state.entities.size > records) return false;
      for (const snapshot of state.entities.values()) {
        if (snapshot.time < from || snapshot.time >= to) return false;
      }
      return true;
    },
  });
  // What `toSql` reads: the two accessors as given (a function cannot run in the database).
  return {
    ...measure,
    accessor: { entity: options.entity, value: options.value },
  } as unknown as Measure<PerEntityState<K>, Decimal | null, K, undefined>;
}
