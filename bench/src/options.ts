/** How much work each benchmark does; `--quick` is the CI smoke test, the default is for reports. */
export type BenchOptions = {
  readonly quick: boolean;
  /** Recorded rounds per comparison (one unrecorded warm-up round runs first). */
  readonly rounds: number;
  /** Events per dispatch sample. */
  readonly dispatchEvents: number;
  /** Events pushed through each contender in the memory benchmark. */
  readonly memoryEvents: number;
  /** Handler counts of the dispatch benchmark. */
  readonly handlerCounts: readonly number[];
  /** Commits per sample of the commit benchmark: 1 client, 16 clients, batches of 100 aggregates. */
  readonly commit: { readonly single: number; readonly concurrent: number; readonly batches: number };
  /** Seconds of offered load per rate in the latency benchmarks, and the rates (commits/s). */
  readonly latency: { readonly seconds: number; readonly rates: readonly number[]; readonly relayRate: number };
  /** Integration events per relay sample. */
  readonly relayMessages: number;
  /** Suites to run (all when empty): dispatch, telemetry, commit, latency, relay, memory. */
  readonly only: readonly string[];
};

/** Reads `--quick` and `--only=a,b` from the command line. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const only = argv
    .filter((a) => a.startsWith('--only='))
    .flatMap((a) => a.slice('--only='.length).split(','))
    .filter((s) => s.length > 0);
  return {
    quick,
    rounds: quick ? 1 : 5,
    dispatchEvents: quick ? 1_000 : 10_000,
    memoryEvents: quick ? 50_000 : 1_000_000,
    handlerCounts: [1, 3, 10],
    commit: quick ? { single: 30, concurrent: 64, batches: 1 } : { single: 1_000, concurrent: 2_000, batches: 30 },
    latency: { seconds: quick ? 0.5 : 5, rates: [100, 1_000], relayRate: quick ? 100 : 500 },
    relayMessages: quick ? 1_000 : 20_000,
    only,
  };
}

/** True if the suite `name` should run. */
export function wants(options: BenchOptions, name: string): boolean {
  return options.only.length === 0 || options.only.includes(name);
}
