import type { Delivery, DeliveryStatus, OutboxBatch } from './delivery.js';
import type { Transaction } from './transaction.js';

/** The durable record of committed events and the deliveries they owe. */
export interface Outbox {
  /** Stores the batch inside `tx`, so it commits or rolls back with the aggregates. */
  append(tx: Transaction, batch: OutboxBatch): Promise<void>;
}

/** A filter for listing deliveries. */
export type DeliveryQuery = {
  /** Only deliveries with this status. */
  readonly status?: DeliveryStatus;
  /** Only deliveries for this handler. */
  readonly handler?: string;
  /** At most this many, oldest first. */
  readonly limit?: number;
};

/** Per-handler delivery records: each completes, retries or dies on its own. */
export interface DeliveryStore {
  /** Marks a delivery done. */
  complete(id: string, attempts: number): Promise<void>;
  /** Records a failed attempt and when to try again. */
  retryLater(id: string, attempts: number, error: string, availableAt: Date): Promise<void>;
  /** Records the last failed attempt: the delivery will not be tried again until it is retried by hand. */
  markDead(id: string, attempts: number, error: string): Promise<void>;
  /** Lists deliveries, oldest first. */
  list(query?: DeliveryQuery): Promise<readonly Delivery[]>;
  /** Sets dead deliveries back to pending with no attempts (the last error is kept for the record); returns them. */
  retryDead(query?: Omit<DeliveryQuery, 'status'>): Promise<readonly Delivery[]>;
}
