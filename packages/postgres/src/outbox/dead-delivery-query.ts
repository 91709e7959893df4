import type { DeliveryQuery } from '@glia/core';

/** Which dead deliveries to retry: core's filters, and how recently they died. */
export type DeadDeliveryQuery = Omit<DeliveryQuery, 'status'> & {
  /** Only deliveries that died at or after this time. */
  readonly since?: Date;
};
