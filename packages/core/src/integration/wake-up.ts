/** A wake-up that is never lost: a `fire()` with nobody waiting is kept for the next `wait`. */
export class WakeUp {
  private fired = false;
  private readonly keepAlive: boolean;
  private waiters: Array<() => void> = [];

  /**
   * With `keepAlive`, a pending `wait` keeps the process running (a worker that is all the process
   * does); without it, a background loop nobody closed does not hold the process open.
   */
  constructor(options: { readonly keepAlive?: boolean } = {}) {
    this.keepAlive = options.keepAlive ?? false;
  }

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
      if (!this.keepAlive) timer.unref();
      this.waiters.push(done);
    });
  }

  /** Resolves on the next `fire()`, ignoring any fired before. */
  next(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Waits `ms` whatever fires meanwhile, unless `stopped()` turns true (checked on each fire). */
  async sleep(ms: number, stopped: () => boolean): Promise<void> {
    const deadline = Date.now() + ms;
    for (let left = ms; left > 0 && !stopped(); left = deadline - Date.now()) await this.wait(left);
  }
}
