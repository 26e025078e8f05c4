// "kinerja" as the review examples see it until the lead wires src/review into src/index.ts:
// the package's root entry plus the review layer.
export * from "../../src/index.js";
export * from "../../src/review/index.js";
