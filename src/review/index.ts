// The review layer's public surface (re-exports only). The lead wires it into src/index.ts.
export { betaCdf } from "./special/betaCdf.js";
export { betaQuantile } from "./special/betaQuantile.js";
export { normalCdf } from "./special/normalCdf.js";
export { normalQuantile } from "./special/normalQuantile.js";
export { studentTCdf } from "./special/studentTCdf.js";
export { studentTQuantile } from "./special/studentTQuantile.js";
