// formatValue against a cached Intl.NumberFormat.format, in one process: prints the ratio
// (goal ≤ 3, issue 13). Run after `npm run build`: node bench/format.bench.mjs
import { formatValue } from "../dist/index.js";

// (npm run bench builds dist first; the packaging helper may add "bench:format")

const values = Array.from({ length: 10_000 }, (_, i) => `${(i * 7919) % 100000}.${i % 100}`);
const intl = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR" });

function time(run) {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  for (let round = 0; round < 20; round++) for (const value of values) run(value);
  return Number(process.hrtime.bigint() - start) / (20 * values.length);
}

let baseline = 0;
let library = 0;
for (let pass = 0; pass < 6; pass++) {
  // Alternate the order of the two loops; keep the last passes (warm).
  const first = pass % 2 === 0;
  const a = first ? time((v) => intl.format(v)) : 0;
  const b = time((v) => formatValue(v, "currency", { currency: "IDR" }));
  const c = first ? 0 : time((v) => intl.format(v));
  if (pass >= 2) {
    baseline += a + c;
    library += b;
  }
}
console.log(`cached Intl.NumberFormat.format: ${(baseline / 4).toFixed(0)} ns a call`);
console.log(`formatValue (currency, IDR):     ${(library / 4).toFixed(0)} ns a call`);
console.log(`ratio: ${(library / baseline).toFixed(2)} (goal ≤ 3)`);
