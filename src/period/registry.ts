import type { Calendar } from "./types.js";
import { canonicalZoneName, createZone, type Zone } from "./zone.js";

/**
 * Lazily created, bounded memo tables shared by the public period functions, so that calling
 * `periodOf` in a loop does not rebuild time-zone machinery each time. Nothing is created on
 * import. Entries are pure functions of their keys, so sharing them cannot change a result.
 *
 * @internal
 */
interface Registry {
  /** Calendars made by resolveCalendar (already valid and frozen). */
  readonly resolved: WeakSet<Calendar>;
  readonly zones: Map<string, Zone>;
  /** Canonical zone names by name as given; null for names the runtime does not know. */
  readonly canonicalZones: Map<string, string | null>;
  readonly shared: Map<string, unknown>;
}

const LIMIT = 256;
let registry: Registry | undefined;

function getRegistry(): Registry {
  registry ??= {
    resolved: new WeakSet(),
    zones: new Map(),
    canonicalZones: new Map(),
    shared: new Map(),
  };
  return registry;
}

function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= LIMIT) map.clear();
  map.set(key, value);
  return value;
}

/** Whether a calendar object was made by resolveCalendar. @internal */
export function isResolvedCalendar(value: unknown): value is Calendar {
  return (
    typeof value === "object" && value !== null && getRegistry().resolved.has(value as Calendar)
  );
}

/** Marks a calendar as made by resolveCalendar. @internal */
export function markResolved(calendar: Calendar): Calendar {
  getRegistry().resolved.add(calendar);
  return calendar;
}

/** The canonical name of a time zone (memoized), or undefined when the runtime does not know it. @internal */
export function canonicalTimeZone(name: string): string | undefined {
  const zones = getRegistry().canonicalZones;
  let known = zones.get(name);
  if (known === undefined) known = remember(zones, name, canonicalZoneName(name) ?? null);
  return known ?? undefined;
}

/** Whether the runtime knows a time zone. @internal */
export function timeZoneIsValid(name: string): boolean {
  return canonicalTimeZone(name) !== undefined;
}

/** The shared zone engine of a validated zone name. @internal */
export function zoneNamed(name: string): Zone {
  const zones = getRegistry().zones;
  return zones.get(name) ?? remember(zones, name, createZone(name));
}

/** A value shared by key, made on first use. @internal */
export function sharedValue<V>(key: string, make: () => V): V {
  const shared = getRegistry().shared;
  if (shared.has(key)) return shared.get(key) as V;
  return remember<unknown>(shared, key, make()) as V;
}

/** A key identifying a calendar by value. @internal */
export function calendarKey(calendar: Calendar): string {
  const base = `${calendar.timeZone}|${calendar.weekStartsOn}|${calendar.fiscalYearStartMonth}|${calendar.fiscalYearNaming}`;
  const retail = calendar.retail;
  if (retail === undefined) return base;
  return `${base}|${retail.weekStartsOn}|${retail.yearEnd}|${retail.yearEndMonth}|${retail.pattern}|${retail.leapWeekPeriod}|${retail.yearNaming}`;
}
