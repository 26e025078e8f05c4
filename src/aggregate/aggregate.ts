// Kept for src/sql until it imports ./internal.js: re-exports only. @internal
export { type RangeBound, resolveRange } from "./series/aggregate.js";
