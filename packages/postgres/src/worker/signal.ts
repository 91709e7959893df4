/** A wake-up that is never lost: a `fire()` with nobody waiting is kept for the next `wait`. */
export class Signal {
  private fired = false;
  private waiters: Array<() => void> = [];

  /** Wakes every waiter, or the next one if none is waiting. */
  fire(): void {
    const waiters = this.waiters;
    this.waiters = [];
    if (waiters.length === 0) this.fired = true;
    for (const resolve of waiters) resolve();
  }

  /** Resolves on the next `fire()` (or at once if one is pending), or after `timeoutMs`. */
  wait(timeoutMs: number): Promise<void> {
    if (this.fired) {
      this.fired = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.push(done);
    });
  }

  /** Resolves on the next `fire()`, ignoring any fired before. */
  next(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
