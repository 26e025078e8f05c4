// Kept for src/sql until it imports ./internal.js: re-exports only. @internal
export { checkFillSize } from "./series/_builder.js";
export { MAX_FILLED_CELLS } from "./series/_limits.js";
export { badOption, checkMeasures, isIterable } from "./series/_options.js";
