/**
 * The end of every switch over a closed vocabulary: the compiler accepts a call only where every
 * member was handled, so adding a member names each switch left to extend. Reaching it at run time
 * means a value outside the vocabulary slipped past validation.
 *
 * @internal
 */
export function unreachable(value: never, vocabulary: string): never {
  throw new Error(`kinerja: unhandled ${vocabulary} ${String(value)}`);
}
