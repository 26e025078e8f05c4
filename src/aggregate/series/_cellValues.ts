import type { Measures } from "../measures/types.js";
import type { SeriesStore } from "./_store.js";

/**
 * What the values object of a cell stands on: the cell's index in its store (never seen through
 * the object: every trap answers for the measures, or as a plain object would). @internal
 */
export interface CellValuesTarget {
  readonly cell: number;
}

/** The prototype of every target: Node's console inspects a proxy's target, calling this on the proxy. */
const TARGET_PROTOTYPE = /* @__PURE__ */ targetPrototype();

function targetPrototype(): object {
  return {
    [Symbol.for("nodejs.util.inspect.custom")](this: object): Record<string, unknown> {
      return { ...this };
    },
  };
}

/** A new target for cell `cell`. @internal */
export function cellValuesTarget(cell: number): CellValuesTarget {
  const target = Object.create(TARGET_PROTOTYPE) as { cell: number };
  target.cell = cell;
  return target;
}

/**
 * The traps of a cell's values object: an object whose own properties are the measures, in order,
 * each the measure's value, built the first time it is read (and kept in the store). Reading,
 * `in`, `Object.keys`/`entries`, spreading and `JSON.stringify` see exactly the plain object the
 * values used to be; writing is refused, as on a frozen object, and freezing it works. @internal
 */
export class CellValuesHandler<M extends Measures> implements ProxyHandler<CellValuesTarget> {
  /** Each measure's position by name (no prototype: any other key finds nothing). */
  private readonly positions: Record<string | symbol, number> = Object.create(null);
  private readonly keys: string[];

  constructor(private readonly store: SeriesStore<M>) {
    this.keys = [...store.names];
    store.names.forEach((name, m) => {
      this.positions[name] = m;
    });
  }

  get(target: CellValuesTarget, key: string | symbol, receiver: unknown): unknown {
    const m = this.positions[key];
    if (m === undefined) return Reflect.get(Object.prototype, key, receiver);
    const cell = (target as { cell?: number }).cell;
    // A frozen (sealed, non-extensible) values object holds its values on its target.
    return cell === undefined ? Reflect.get(target, key) : this.store.value(m, cell);
  }

  has(_target: CellValuesTarget, key: string | symbol): boolean {
    return key in this.positions || key in Object.prototype;
  }

  ownKeys(): string[] {
    return [...this.keys];
  }

  getOwnPropertyDescriptor(
    target: CellValuesTarget,
    key: string | symbol,
  ): PropertyDescriptor | undefined {
    const m = this.positions[key];
    if (m === undefined) return undefined;
    const cell = (target as { cell?: number }).cell;
    if (cell === undefined) return Reflect.getOwnPropertyDescriptor(target, key);
    return {
      value: this.store.value(m, cell),
      writable: false,
      enumerable: true,
      configurable: true,
    };
  }

  /**
   * `Object.freeze`, `seal` and `preventExtensions` (deep-freeze helpers of state libraries): the
   * values are built and written on the target, which becomes a plain non-extensible object of
   * exactly the measures, so every invariant of a non-extensible proxy holds.
   */
  preventExtensions(target: CellValuesTarget): boolean {
    const cell = (target as { cell?: number }).cell;
    if (cell !== undefined) {
      Reflect.deleteProperty(target, "cell");
      Reflect.setPrototypeOf(target, Object.prototype);
      this.keys.forEach((key, m) => {
        Reflect.defineProperty(target, key, {
          value: this.store.value(m, cell),
          writable: false,
          enumerable: true,
          configurable: false,
        });
      });
      Reflect.preventExtensions(target);
    }
    return true;
  }

  getPrototypeOf(): object {
    return Object.prototype;
  }

  set(): boolean {
    return false;
  }

  defineProperty(
    target: CellValuesTarget,
    key: string | symbol,
    descriptor: PropertyDescriptor,
  ): boolean {
    // Once frozen, redefining a property as it is (what Object.freeze does) succeeds; nothing else.
    return (target as { cell?: number }).cell === undefined && key in this.positions
      ? Reflect.defineProperty(target, key, descriptor)
      : false;
  }

  deleteProperty(): boolean {
    return false;
  }
}
