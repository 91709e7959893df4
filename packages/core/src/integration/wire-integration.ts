import type { Logger } from '../logging/logger.js';
import type { GliaTelemetry } from '../observability/glia-telemetry.js';
import type { Outbox } from '../uow/outbox.js';
import type { Persistence } from '../uow/persistence.js';
import type { TransactionManager } from '../uow/transaction.js';
import { AfterCommitTransactions } from './after-commit-transactions.js';
import { InProcessIntegrationPublisher } from './in-process-integration-publisher.js';
import { IntegrationEventMapper } from './integration-event-mapper.js';
import type { IntegrationEventMapping } from './integration-event-mapping.js';
import type { IntegrationOptions } from './integration-options.js';
import { IntegrationMappingOutbox } from './integration-mapping-outbox.js';
import { isOutboxMessageStore } from './outbox-message-store.js';
import { RelayRunner } from './relay-runner.js';

/** What `createGlia` builds its scopes on when integration events are declared. */
export type IntegrationWiring = {
  /** The outbox commits append to: the adapter's, with mapped integration events added. */
  readonly outbox: Outbox;
  /** The adapter's transactions, waking the relay after commits that wrote integration events. */
  readonly transactions: TransactionManager;
  /** The relay of this process (not started yet), if one runs here. */
  readonly relay: RelayRunner | undefined;
};

/**
 * Wires integration events into the commit path: mappings add CloudEvents to each outbox batch in the
 * commit's transaction, and a relay publishes them (to `publisher`, or in-process to `receivers`).
 */
export function wireIntegration(
  persistence: Persistence,
  mappings: readonly IntegrationEventMapping[],
  options: IntegrationOptions,
  logger: Logger,
  telemetry: GliaTelemetry,
): IntegrationWiring {
  const mapper = new IntegrationEventMapper(mappings);
  const store = persistence.outbox;
  if (mapper.list().length === 0) return { outbox: store, transactions: persistence.transactions, relay: undefined };
  // Mapped, but relayed by no one here: the adapter does not keep the events, or the relay is off.
  const unrelayed = (): IntegrationWiring => ({
    outbox: new IntegrationMappingOutbox(store, mapper),
    transactions: persistence.transactions,
    relay: undefined,
  });
  if (!isOutboxMessageStore(store)) {
    logger.warn('The outbox of this persistence adapter does not keep integration events: they will not be relayed.');
    return unrelayed();
  }
  if (options.relay === false) return unrelayed();
  const publisher = options.publisher ?? new InProcessIntegrationPublisher(options.receivers ?? []);
  const relay = new RelayRunner(store, publisher, { logger, telemetry, ...options.relay });
  const transactions = new AfterCommitTransactions(persistence.transactions, logger);
  const wake = (): void => relay.notify();
  return {
    outbox: new IntegrationMappingOutbox(store, mapper, (tx) => transactions.afterCommit(tx, wake)),
    transactions,
    relay,
  };
}
