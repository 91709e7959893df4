/** Where one figure stands against a target of the issue. */
export type TargetCheck = {
  readonly target: string;
  readonly measured: string;
  /** Undefined when the figure was not measured (quick run, missing server). */
  readonly met: boolean | undefined;
};

/** One benchmark's results: a table for people, the raw figures for machines. */
export type Section = {
  readonly id: string;
  readonly title: string;
  /** What exactly was timed, in a sentence or two. */
  readonly note: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
  readonly targets: readonly TargetCheck[];
  readonly data: unknown;
  /** Parts that could not run (a server was unreachable), with the reason. */
  readonly skipped?: readonly string[];
};

/** Prints a visible `skipped: …` line; the suite records the same reason in its section. */
export function reportSkipped(reason: string): string {
  process.stdout.write(`\n  skipped: ${reason}\n`);
  return reason;
}

/** A rate, rounded to three significant figures and grouped by thousands. */
export function formatRate(rate: number): string {
  if (!Number.isFinite(rate)) return 'n/a';
  const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(rate) || 1)) - 1);
  return Number(rate.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** A ratio such as `3.4×`. */
export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a';
}
