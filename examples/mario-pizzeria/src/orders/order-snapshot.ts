import type { CustomerDetails } from './customer-details.js';
import type { OrderLine } from './order-line.js';
import type { OrderStatus } from './order-status.js';

/** The whole state of an order as plain data: what a durable store keeps (no version, no events). */
export type OrderSnapshot = {
  readonly id: string;
  readonly status: OrderStatus;
  readonly customer: CustomerDetails;
  readonly lines: readonly OrderLine[];
  /** The number the next added line gets, so line ids are never reused within an order. */
  readonly nextLineNumber: number;
  readonly driverId: string | null;
  readonly cancelReason: string | null;
};
