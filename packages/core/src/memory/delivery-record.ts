import type { Delivery } from '../uow/delivery.js';

/**
 * A delivery as the in-memory outbox stores it: the status fields change in place, so completing one
 * allocates nothing but a number. Never handed out: callers get fresh `Delivery` copies.
 */
export type DeliveryRecord = {
  /** The delivery as appended; only its id, event and handler are read. */
  readonly delivery: Delivery;
  status: Delivery['status'];
  attempts: number;
  lastError: string | undefined;
  availableAt: Date;
  finishedAt: number | undefined;
};

/** The stored record of a delivery being appended. */
export function toRecord(delivery: Delivery): DeliveryRecord {
  const { status, attempts, lastError, availableAt, finishedAt } = delivery;
  return { delivery, status, attempts, lastError, availableAt, finishedAt: finishedAt?.getTime() };
}

/** A fresh copy each time: what callers hold cannot change the store, nor the store what they hold. */
export function toDelivery(record: DeliveryRecord): Delivery {
  const { id, event, handler } = record.delivery;
  return {
    id,
    event,
    handler,
    status: record.status,
    attempts: record.attempts,
    ...(record.lastError !== undefined && { lastError: record.lastError }),
    availableAt: new Date(record.availableAt.getTime()),
    ...(record.finishedAt !== undefined && { finishedAt: new Date(record.finishedAt) }),
  };
}
