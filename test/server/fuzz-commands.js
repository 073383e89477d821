// The fuzz tests' settings (test/fuzz/), from the environment of `npm test`:
//   LAMTHEO_FUZZ_RUNS=5000   cases for the reader instead of its 200 in `npm test`; the other
//                            properties scale with it (test/fuzz/harness.ts runsFor)
//   LAMTHEO_FUZZ_SEED=12345  another seed than the fixed one; `random` for a new one each run
// e.g. `LAMTHEO_FUZZ_RUNS=5000 LAMTHEO_SKIP_BUILD=1 npm test -- --files 'test/fuzz/**/*.test.ts'`.
//   executeServerCommand('lamtheo-fuzz-config')  →  { runs: number | null, seed: number | null }
export function fuzzCommands() {
  return {
    name: 'lamtheo-fuzz-commands',
    executeCommand({ command }) {
      if (command !== 'lamtheo-fuzz-config') return undefined;
      const runs = Number.parseInt(process.env.LAMTHEO_FUZZ_RUNS ?? '', 10);
      const seedText = process.env.LAMTHEO_FUZZ_SEED ?? '';
      const seed =
        seedText === 'random'
          ? (Math.random() * 2 ** 31) | 0
          : Number.isSafeInteger(Number.parseInt(seedText, 10))
            ? Number.parseInt(seedText, 10)
            : null;
      return { runs: Number.isSafeInteger(runs) && runs > 0 ? runs : null, seed };
    },
  };
}
