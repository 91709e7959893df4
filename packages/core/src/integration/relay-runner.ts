import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { describeError } from '../events/delivery-failure.js';
import { logSafely } from '../internal/log-safely.js';
import { silentLogger, type Logger } from '../logging/logger.js';
import type { IntegrationEventPublisher, PublishResult } from './integration-event-publisher.js';
import type { OutboxMessageStore } from './outbox-message-store.js';
import { OutboxRelay, type OutboxRelayOptions } from './outbox-relay.js';
import { RelayDeferrals } from './relay-deferrals.js';
import { WakeUp } from './wake-up.js';

/** How a running relay batches, polls, backs off and shares the work. */
export type RelayRunnerOptions = Omit<OutboxRelayOptions, 'onUndelivered'> & {
  /** The fallback when no commit wakes it (a lost NOTIFY, a commit in a process without a watch). Default 1 s. */
  readonly pollIntervalMs?: number;
  /** Longest wait between passes while the broker or database fails (doubling from 100 ms). Default 30 s. */
  readonly maxBackoffMs?: number;
  /** First wait before a returned (unroutable) event is tried again, doubled each time. Default 60 s. */
  readonly returnedRetryMs?: number;
  /** Longest wait before a returned event is tried again. Default 1 h. */
  readonly maxReturnedRetryMs?: number;
  /** Lease name: relays of one outbox with the same name take turns. Default `relay`. */
  readonly name?: string;
  /** How long the lease lasts without renewal (it is renewed every pass). Default 30 s. */
  readonly leaseMs?: number;
  /** Who this relay is, in the lease. Default host, pid and a random suffix. */
  readonly relayId?: string;
  /** How long `close()` waits for a pass in flight before it closes the publisher. Default 10 s. */
  readonly closeTimeoutMs?: number;
  /** Called with each event that was not confirmed (returned events once, not on every retry). */
  readonly onUndelivered?: (result: PublishResult) => void;
  /** Where it logs returned events and failing passes. */
  readonly logger?: Logger;
};

/** What a running relay has done since it started. */
export type RelayRunnerStats = {
  /** Confirmed and marked sent. */
  confirmed: number;
  /** Returned as unroutable (each counted once, not on every retry). */
  returned: number;
  /** Not confirmed, tried again after a backoff. */
  failed: number;
  /** Refused for good by the receiver, and parked. */
  rejected: number;
  /** Relay passes run while holding the lease. */
  passes: number;
};

/** A publisher the runner may close when it stops. */
type ClosablePublisher = IntegrationEventPublisher & { close?(): Promise<void> };

/**
 * The relay that runs by itself: publishes pending integration events in commit order, woken after
 * commits (NOTIFY, or a signal in this process) with polling as the fallback; bounded batches; backs
 * off while publishing fails; defers returned events instead of retrying them in a hot loop. With a
 * store that leases, one relay at a time publishes and the others stand by.
 */
export class RelayRunner {
  /** Counts since start. */
  readonly stats: RelayRunnerStats = { confirmed: 0, returned: 0, failed: 0, rejected: 0, passes: 0 };
  private readonly relay: OutboxRelay;
  private readonly deferrals: RelayDeferrals;
  private readonly wake = new WakeUp();
  private readonly passDone = new WakeUp();
  private readonly relayId: string;
  private loop: Promise<void> | undefined;
  private unwatch: (() => Promise<void>) | undefined;
  private stopped = false;
  private lastPassEmpty = false;

  /** A runner of `store` into `publisher`; `start()` begins. */
  constructor(
    private readonly store: OutboxMessageStore,
    private readonly publisher: ClosablePublisher,
    private readonly options: RelayRunnerOptions = {},
  ) {
    this.relayId = options.relayId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.deferrals = new RelayDeferrals(
      store,
      options.returnedRetryMs ?? 60_000,
      options.maxReturnedRetryMs ?? 3_600_000,
    );
    const { onUndelivered: _reported, logger: _logger, ...relayOptions } = options;
    this.relay = new OutboxRelay(this.deferrals.view(), publisher, relayOptions);
  }

  /** Starts watching for commits and relaying; events left by earlier processes go out at once. */
  start(): this {
    if (this.loop === undefined && !this.stopped) this.loop = this.run();
    return this;
  }

  /** Wakes the relay: events were just committed. */
  notify(): void {
    this.wake.fire();
  }

  /** Resolves after a pass that found nothing due: everything committed before the call is out (or deferred). */
  async idle(): Promise<void> {
    this.lastPassEmpty = false;
    while (!this.stopped && this.loop !== undefined) {
      const pass = this.passDone.next();
      this.wake.fire();
      await pass;
      if (this.lastPassEmpty) return;
    }
  }

  /** Stops after the pass in flight (closing the publisher if it outlasts `closeTimeoutMs`), then closes the publisher. */
  async close(): Promise<void> {
    this.stopped = true;
    this.wake.fire();
    const loop = this.loop ?? Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    const late = await Promise.race([
      loop.then(() => false),
      new Promise<boolean>(
        (resolve) => (timer = setTimeout(() => resolve(true), this.options.closeTimeoutMs ?? 10_000)),
      ),
    ]);
    clearTimeout(timer);
    // A pass stuck on a broker that is down is released by closing the publisher: nothing is marked sent.
    if (late) await this.publisher.close?.();
    await loop;
    if (!late) await this.publisher.close?.();
    await this.unwatch?.().catch(() => undefined);
    await this.store.releaseRelay?.(this.name, this.relayId).catch(() => undefined);
    this.passDone.fire();
  }

  private get name(): string {
    return this.options.name ?? 'relay';
  }

  private async run(): Promise<void> {
    const log = this.options.logger ?? silentLogger;
    // Logged safely: a logger that throws must not end the loop, which `idle()` and `close()` wait for.
    try {
      this.unwatch = await this.store.watchMessages?.(() => this.wake.fire());
    } catch (error) {
      logSafely(() =>
        log.warn('Could not watch the outbox for commits; the relay polls.', { error: describeError(error) }),
      );
    }
    let backoffMs = 0;
    while (!this.stopped) {
      let full = false;
      try {
        if (await this.lead()) {
          // Pipelined batches until the outbox is drained, stopping in time to renew the lease.
          const renewBy = Date.now() + (this.options.leaseMs ?? 30_000) / 3;
          const report = await this.relay.relayAll({ continueWhile: () => !this.stopped && Date.now() < renewBy });
          this.stats.passes += 1;
          this.stats.confirmed += report.confirmed;
          this.stats.failed += report.failed;
          this.stats.rejected += report.rejected;
          this.lastPassEmpty = report.confirmed + report.undelivered.length === 0;
          await this.settle(report.undelivered, log);
          // Deferred and parked events are out of the way: what is behind them may go at once.
          full = report.more === true || report.returned + report.rejected > 0;
          backoffMs = report.failed > 0 && report.confirmed === 0 ? nextBackoff(backoffMs, this.options) : 0;
        }
      } catch (error) {
        if (this.stopped) break;
        backoffMs = nextBackoff(backoffMs, this.options);
        logSafely(() =>
          log.error('Relay pass failed; retrying after a backoff.', { error: describeError(error), backoffMs }),
        );
      }
      this.passDone.fire();
      if (this.stopped) break;
      if (backoffMs > 0) await this.wake.sleep(backoffMs, () => this.stopped);
      else if (!full) await this.wake.wait(this.options.pollIntervalMs ?? 1_000);
    }
  }

  // Without a lease (one process, in memory) this relay is the only one.
  private lead(): Promise<boolean> {
    if (this.store.leaseRelay === undefined) return Promise.resolve(true);
    return this.store.leaseRelay(this.name, this.relayId, this.options.leaseMs ?? 30_000);
  }

  // Returned events are deferred (reported once each), rejected ones parked; failed ones wait for the next pass.
  private async settle(undelivered: readonly PublishResult[], log: Logger): Promise<void> {
    const returned = undelivered.filter((r) => r.outcome === 'returned');
    const rejected = undelivered.filter((r) => r.outcome === 'rejected');
    const fresh = this.deferrals.firstReports(returned);
    this.stats.returned += fresh.length;
    for (const result of fresh) {
      log.warn('An integration event was returned: no queue is bound for it. It stays pending.', {
        id: result.id,
        reason: result.reason,
      });
    }
    for (const result of rejected) {
      log.error('The receiver rejected an integration event for good; it is parked until re-driven.', {
        id: result.id,
        reason: result.reason,
      });
    }
    for (const result of [...fresh, ...rejected, ...undelivered.filter((r) => r.outcome === 'failed')]) {
      this.options.onUndelivered?.(result);
    }
    if (returned.length > 0) await this.deferrals.defer(returned);
    if (rejected.length > 0) await this.deferrals.park(rejected);
  }
}

function nextBackoff(current: number, options: RelayRunnerOptions): number {
  return Math.min(current === 0 ? 100 : current * 2, options.maxBackoffMs ?? 30_000);
}
