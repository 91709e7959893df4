import type { OutboxBatch } from '../uow/delivery.js';
import type { Outbox } from '../uow/outbox.js';
import type { Transaction } from '../uow/transaction.js';
import type { IntegrationEventMapper } from './integration-event-mapper.js';

/**
 * Wraps the persistence adapter's outbox: each batch is given the integration events its domain
 * events map to, inside the commit's transaction, so they commit (or roll back) with the aggregates.
 * Invalid data throws there, and the commit fails.
 */
export class IntegrationMappingOutbox implements Outbox {
  /** Adds mapped messages before handing batches to `inner`; `onAppended` hears of each transaction that got some. */
  constructor(
    private readonly inner: Outbox,
    private readonly mapper: IntegrationEventMapper,
    private readonly onAppended?: (tx: Transaction) => void,
  ) {}

  /** Maps, then appends through the wrapped outbox. */
  async append(tx: Transaction, batch: OutboxBatch): Promise<void> {
    const messages = this.mapper.toCloudEvents(batch.events);
    if (messages.length === 0) return this.inner.append(tx, batch);
    await this.inner.append(tx, { ...batch, messages: [...(batch.messages ?? []), ...messages] });
    this.onAppended?.(tx);
  }
}
