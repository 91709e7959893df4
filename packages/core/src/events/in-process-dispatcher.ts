import { ConfigurationError } from '../errors/configuration.error.js';
import { Fifo } from '../internal/fifo.js';
import { logSafely } from '../internal/log-safely.js';
import type { Logger } from '../logging/logger.js';
import type { Delivery } from '../uow/delivery.js';
import type { EventDispatcher } from '../uow/event-dispatcher.js';
import type { DeliveryStore } from '../uow/outbox.js';
import { describeError } from './delivery-failure.js';
import { deliveryLogFields } from './delivery-log-fields.js';
import type { DeliveryFailureReporter } from './delivery-failure-reporter.js';
import type { DeliveryRunner } from './delivery-runner.js';
import type { EventHandlerRegistry } from './event-handler-registry.js';
import { retryDelayMs, type RetryPolicy } from './retry-policy.js';

/** What the in-process dispatcher needs. */
export type InProcessDispatcherOptions = {
  readonly runner: DeliveryRunner;
  readonly handlers: EventHandlerRegistry;
  readonly deliveries: DeliveryStore;
  readonly retry: RetryPolicy;
  readonly logger: Logger;
  readonly failures: DeliveryFailureReporter;
  /** Waits between attempts; replaceable so tests can use virtual time. */
  readonly sleep?: (ms: number) => Promise<void>;
};

type Lane = { readonly queue: Fifo<Delivery>; running: Promise<void> | undefined };

/**
 * Delivers committed events to handlers in this process. Each handler has its own FIFO lane, so it
 * sees events in the order they were committed and raised while a slow or failing handler never
 * holds up the others. A failing attempt is retried with backoff, then the delivery is marked dead;
 * every failure is reported.
 */
export class InProcessDispatcher implements EventDispatcher {
  private readonly lanes = new Map<string, Lane>();
  private readonly policies = new Map<string, RetryPolicy>();
  private readonly sleep: (ms: number) => Promise<void>;

  /** Creates a dispatcher; `createGlia` does this for you. */
  constructor(private readonly options: InProcessDispatcherOptions) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Queues each delivery on its handler's lane and starts the lanes; returns at once. */
  dispatch(deliveries: readonly Delivery[]): void {
    for (const delivery of deliveries) {
      let lane = this.lanes.get(delivery.handler);
      if (lane === undefined) {
        lane = { queue: new Fifo(), running: undefined };
        this.lanes.set(delivery.handler, lane);
      }
      lane.queue.push(delivery);
      if (lane.running === undefined) lane.running = this.pump(lane);
    }
  }

  /** Resolves once every lane is empty, including deliveries that handlers caused meanwhile. */
  async drain(): Promise<void> {
    for (;;) {
      const running = [...this.lanes.values()].map((l) => l.running).filter((r) => r !== undefined);
      if (running.length === 0) return;
      await Promise.all(running);
    }
  }

  private async pump(lane: Lane): Promise<void> {
    try {
      for (let next = lane.queue.shift(); next !== undefined; next = lane.queue.shift()) {
        try {
          await this.deliver(next);
        } catch (error) {
          // Only a throwing logger or listener plumbing gets here; the lane must go on regardless,
          // and a rejected pump would be an unhandled rejection that ends the process.
          logSafely(() =>
            this.options.logger.error('A dispatcher lane recovered from an error', { error: describeError(error) }),
          );
        }
      }
    } finally {
      lane.running = undefined;
    }
  }

  private async deliver(delivery: Delivery): Promise<void> {
    const { runner, deliveries, failures } = this.options;
    const policy = this.policyFor(delivery.handler);
    for (let attempt = delivery.attempts + 1; ; attempt += 1) {
      try {
        await runner.run(delivery);
        await this.record(delivery, () => deliveries.complete(delivery.id, attempt));
        return;
      } catch (error) {
        // A configuration error (an unresolvable handler) fails the same way every time: dead at once.
        const willRetry = attempt < policy.maxAttempts && !ConfigurationError.is(error);
        const delay = willRetry ? retryDelayMs(policy, attempt) : 0;
        const nextAttemptAt = willRetry ? new Date(Date.now() + delay) : undefined;
        const message = describeError(error);
        const before: Delivery = { ...delivery, attempts: attempt - 1 };
        failures.report({ delivery: before, attempt, error, willRetry, ...(nextAttemptAt && { nextAttemptAt }) });
        if (!willRetry) {
          await this.record(delivery, () => deliveries.markDead(delivery.id, attempt, message));
          return;
        }
        await this.record(delivery, () => deliveries.retryLater(delivery.id, attempt, message, nextAttemptAt as Date));
        await this.sleep(delay);
      }
    }
  }

  private policyFor(handler: string): RetryPolicy {
    let policy = this.policies.get(handler);
    if (policy === undefined) {
      policy = { ...this.options.retry, ...this.options.handlers.get(handler)?.options.retry };
      this.policies.set(handler, policy);
    }
    return policy;
  }

  // Bookkeeping must not kill a lane: a store that fails is logged, the lane goes on.
  private async record(delivery: Delivery, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      this.options.logger.error('Could not record a delivery outcome', {
        ...deliveryLogFields(delivery),
        error: describeError(error),
      });
    }
  }
}
