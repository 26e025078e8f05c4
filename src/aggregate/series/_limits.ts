/** Most cells (periods × groups) a filled series may have, and most periods a span may expand to. @internal */
export const MAX_FILLED_CELLS = 1_000_000;
