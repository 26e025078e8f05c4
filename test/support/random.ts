// Deterministic randomness for tests that generate data outside fast-check (differential tests
// against engines), so that a failure reproduces from its seed.

/** A linear congruential generator: numbers in [0, 1) from a 32-bit seed. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Shuffles `list` in place (Fisher–Yates) with `next`, and returns it. */
export function shuffle<T>(list: T[], next: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}
