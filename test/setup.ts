import fc from "fast-check";

// Property tests run with a fixed seed so CI is reproducible. For a longer, randomized run:
//   KINERJA_PROPERTY_RUNS=5000 KINERJA_PROPERTY_SEED=random npm test
const runs = Number(process.env.KINERJA_PROPERTY_RUNS ?? "100");
const seedText = process.env.KINERJA_PROPERTY_SEED ?? "20261127";
fc.configureGlobal({
  numRuns: Number.isInteger(runs) && runs > 0 ? runs : 100,
  ...(seedText === "random" ? {} : { seed: Number(seedText) }),
});
