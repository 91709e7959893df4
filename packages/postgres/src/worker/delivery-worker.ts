import { randomUUID } from 'node:crypto';
import {
  describeError,
  retryDelayMs,
  type Delivery,
  type DispatcherContext,
  type EventDispatcher,
  type Transaction,
  WakeUp,
} from '@glia/core';
import type { SqlDriver, SqlPool } from '../driver/sql-driver.js';
import { deliveryOf, type DeliveryRow } from '../outbox/delivery-row.js';
import type { EventCatalog } from '../outbox/event-catalog.js';
import { PostgresTransaction } from '../postgres-transaction.js';
import { DeliveryClaims } from './delivery-claims.js';
import type { DeliveryWorkerOptions } from './delivery-worker-options.js';
import { LeaseLostError } from './lease-lost.error.js';
import { onWorkerConnections } from './worker-connections.js';

/**
 * The durable dispatcher: claims due deliveries from the database under a lease, runs each in its
 * own scope, and completes the record in the handler's own transaction. Woken by NOTIFY after a
 * commit (and directly by commits in this process), polling as the fallback; several workers, in
 * one process or many, share the work safely.
 */
export class DeliveryWorker implements EventDispatcher {
  private claims: DeliveryClaims;
  private pool: SqlPool | undefined;
  private readonly awaited = new Set<string>();
  // The worker may be all a process does: its waits keep the process alive.
  private readonly wake = new WakeUp({ keepAlive: true });
  private readonly roundDone = new WakeUp({ keepAlive: true });
  private readonly timers = new Set<NodeJS.Timeout>();
  private loop: Promise<void> | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private stopped = false;

  /** Creates a worker; `PostgresPersistence.createDispatcher` does this. */
  constructor(
    private readonly driver: SqlDriver,
    private readonly schema: string,
    private readonly channel: string,
    private readonly catalog: EventCatalog,
    private readonly context: DispatcherContext,
    private readonly options: DeliveryWorkerOptions,
  ) {
    this.claims = new DeliveryClaims(driver, schema);
  }

  /** Starts listening and claiming; deliveries left by earlier processes are picked up at once. */
  start(): void {
    if (this.loop !== undefined || this.stopped) return;
    if (this.options.connections > 0 && this.driver.kind !== 'pglite') {
      // Claims and handlers' transactions on connections of their own: queued behind commits for a
      // slot of the application's pool, they made a busy application's deliveries wait.
      this.pool = this.driver.openPool(this.options.connections, 'glia-worker');
      this.claims = new DeliveryClaims(this.pool, this.schema);
    }
    this.loop = this.run();
  }

  /** Wakes the worker for deliveries this process just committed (they are in the database already). */
  dispatch(deliveries: readonly Delivery[]): void {
    for (const delivery of deliveries) this.awaited.add(delivery.id);
    this.wake.fire();
  }

  /** Resolves once every delivery handed over so far has completed or died (or the worker stopped). */
  async drain(): Promise<void> {
    while (this.awaited.size > 0 && !this.stopped && this.loop !== undefined) {
      const ids = [...this.awaited];
      const pending = await this.claims.stillPending(ids);
      for (const id of ids) if (!pending.has(id)) this.awaited.delete(id);
      if (this.awaited.size === 0) return;
      const round = this.roundDone.next();
      this.wake.fire();
      await round;
    }
  }

  /** Stops claiming, lets the deliveries in flight finish, and stops listening. */
  async close(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.wake.fire();
    await this.loop;
    this.roundDone.fire();
    await this.unlisten?.();
    await this.pool?.close();
  }

  private async run(): Promise<void> {
    await this.listen();
    const handlers = this.context.handlers.list().map((r) => r.name);
    while (!this.stopped) {
      let claimed = 0;
      try {
        claimed = handlers.length === 0 ? 0 : await this.round(handlers);
      } catch (error) {
        if (this.stopped) break;
        this.context.logger.error('Delivery worker round failed; retrying after the poll interval', {
          error: describeError(error),
        });
      }
      this.roundDone.fire();
      if (claimed < this.options.batchSize && !this.stopped) {
        await this.wake.wait(this.options.pollIntervalMs);
      }
    }
  }

  private async listen(): Promise<void> {
    try {
      this.unlisten = await this.driver.listen(this.channel, () => this.wake.fire(), { logger: this.context.logger });
    } catch (error) {
      this.context.logger.warn('LISTEN failed; the delivery worker falls back to polling', {
        error: describeError(error),
      });
    }
  }

  // One round: claim a batch, run it with bounded concurrency, report how many were claimed.
  private async round(handlers: readonly string[]): Promise<number> {
    const token = `${this.options.workerId}:${randomUUID()}`;
    const rows = await this.claims.claim(handlers, this.options.batchSize, token, this.options.leaseMs);
    const queue = [...rows];
    const lane = async (): Promise<void> => {
      for (let row = queue.shift(); row !== undefined; row = queue.shift()) await this.execute(row, token);
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency, rows.length) }, lane));
    return rows.length;
  }

  private async execute(row: DeliveryRow, token: string): Promise<void> {
    const attempt = Number(row.attempts);
    let delivery: Delivery | undefined;
    try {
      const restored = deliveryOf({ ...row, attempts: attempt - 1 }, this.catalog.classFor);
      delivery = restored;
      const run = (): Promise<void> =>
        this.context.runner.run(restored, (tx: Transaction) =>
          this.claims.complete(PostgresTransaction.from(tx).client, row.id, token),
        );
      await (this.pool === undefined ? run() : onWorkerConnections(this.driver, this.pool, run));
    } catch (error) {
      if (error instanceof LeaseLostError) {
        this.context.logger.warn('Lost a delivery lease; another worker owns it now', { deliveryId: row.id });
        return;
      }
      await this.fail(
        row,
        delivery ?? deliveryOf({ ...row, attempts: attempt - 1 }, this.catalog.classFor, true),
        attempt,
        token,
        error,
      );
    }
  }

  private async fail(
    row: DeliveryRow,
    delivery: Delivery,
    attempt: number,
    token: string,
    error: unknown,
  ): Promise<void> {
    const registration = this.context.handlers.get(row.handler);
    const policy = { ...this.context.retry, ...registration?.options.retry };
    const willRetry = attempt < policy.maxAttempts;
    const delay = willRetry ? retryDelayMs(policy, attempt) : 0;
    const nextAttemptAt = willRetry ? new Date(Date.now() + delay) : undefined;
    this.context.failures.report({ delivery, attempt, error, willRetry, ...(nextAttemptAt && { nextAttemptAt }) });
    const message = describeError(error);
    try {
      if (willRetry) {
        await this.claims.retryLater(row.id, token, message, delay);
        this.wakeAfter(delay);
      } else {
        await this.claims.markDead(row.id, token, message);
      }
    } catch (recordError) {
      // The lease expires and the delivery is tried again: nothing is lost if this write fails.
      this.context.logger.error('Could not record a delivery outcome', { error: describeError(recordError) });
    }
  }

  private wakeAfter(delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.wake.fire();
    }, delayMs + 1);
    timer.unref();
    this.timers.add(timer);
  }
}
