/**
 * Counts handled events and resolves once the expected number was reached: how every contender's
 * completion is awaited the same way, whatever the framework offers.
 */
export class Completion {
  private count = 0;
  private resolve: () => void = () => undefined;
  /** Resolves when `hit` has been called `expected` times. */
  readonly done: Promise<void>;

  /** Expects `expected` hits (events × handlers). */
  constructor(readonly expected: number) {
    this.done = new Promise((resolve) => {
      this.resolve = resolve;
      if (expected === 0) resolve();
    });
  }

  /** Handler calls so far. */
  get handled(): number {
    return this.count;
  }

  /** Records one handled event. */
  hit(): void {
    this.count += 1;
    if (this.count === this.expected) this.resolve();
  }

  /** Throws unless exactly the expected number of events was handled: a benchmark that lost work is a crash. */
  assertDone(who: string): void {
    if (this.count !== this.expected) {
      throw new Error(`${who}: ${this.count} of ${this.expected} handler calls happened.`);
    }
  }
}
