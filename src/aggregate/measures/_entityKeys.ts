import { compareGroups, type GroupKey, isGroupKey } from "../series/series.js";

/**
 * An entity key (customer, deal, subscription, group) in JSON: strings, finite numbers and
 * booleans as themselves, a bigint as `{ "bigint": "12" }`, so that `1`, `"1"` and `1n` stay three
 * different keys after a round trip. @internal
 */
export type KeyJson = string | number | boolean | { readonly bigint: string };

/** A key as JSON. @internal */
export function keyToJson(key: GroupKey): KeyJson {
  return typeof key === "bigint" ? { bigint: key.toString() } : key;
}

/** A key from JSON, or undefined when the JSON is not a key. @internal */
export function keyFromJson(json: unknown): GroupKey | undefined {
  if (typeof json === "object" && json !== null && !Array.isArray(json)) {
    const text = (json as { bigint?: unknown }).bigint;
    if (Object.keys(json).length !== 1 || typeof text !== "string" || !/^-?\d+$/.test(text)) {
      return undefined;
    }
    return BigInt(text);
  }
  // -0 is the same key as 0 (as in a Map), and JSON writes it as 0.
  if (typeof json === "number" && Object.is(json, -0)) return 0;
  return isGroupKey(json) ? json : undefined;
}

/** Keys sorted as series groups are (booleans, numbers, bigints, strings; strings by code unit). @internal */
export function sortedKeys<K extends GroupKey>(keys: Iterable<K>): K[] {
  return [...keys].sort(compareGroups);
}

/** Normalizes -0 to 0 so that a key is a Map key and a JSON value alike. @internal */
export function normalKey(key: GroupKey): GroupKey {
  return typeof key === "number" && Object.is(key, -0) ? 0 : key;
}
