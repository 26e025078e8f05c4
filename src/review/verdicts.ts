/**
 * Whether a difference is distinguishable from noise at the chosen confidence: `significant` when
 * its interval excludes 0, `within_noise` when it contains 0.
 *
 * @example
 * ```ts
 * import { significanceVerdicts } from "kinerja";
 *
 * console.log(significanceVerdicts.join(" "));
 * // significant within_noise
 * ```
 * @category Review statistics
 */
export const significanceVerdicts = ["significant", "within_noise"] as const;

/**
 * One of the {@link significanceVerdicts}.
 *
 * @category Review statistics
 */
export type SignificanceVerdict = (typeof significanceVerdicts)[number];

/**
 * Where an interval lies against a target: wholly `above` it, wholly `below` it, or containing
 * it (`within_noise`: the miss or the beat is not distinguishable from sampling noise).
 *
 * @example
 * ```ts
 * import { targetPositions } from "kinerja";
 *
 * console.log(targetPositions.join(" "));
 * // above below within_noise
 * ```
 * @category Review statistics
 */
export const targetPositions = ["above", "below", "within_noise"] as const;

/**
 * One of the {@link targetPositions}.
 *
 * @category Review statistics
 */
export type TargetPosition = (typeof targetPositions)[number];

/**
 * The languages of the review labels and alert messages.
 *
 * @example
 * ```ts
 * import { reviewLocales } from "kinerja";
 *
 * console.log(reviewLocales.join(" "));
 * // id en
 * ```
 * @category Review statistics
 */
export const reviewLocales = ["id", "en"] as const;

/**
 * One of the {@link reviewLocales}.
 *
 * @category Review statistics
 */
export type ReviewLocale = (typeof reviewLocales)[number];
