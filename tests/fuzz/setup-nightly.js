// `npm run fuzz`: 10,000 inputs per property unless FUZZ_RUNS says otherwise; a fresh seed unless FUZZ_SEED says one.
process.env.FUZZ_RUNS = process.env.FUZZ_RUNS || "10000";
process.env.FUZZ_SEED = process.env.FUZZ_SEED || "random";
process.env.FUZZ_NIGHTLY = "1";
