import type { CustomerContact } from './customer-contact.js';

/** The whole state of a customer as plain JSON: what a durable store keeps. */
export type CustomerSnapshot = CustomerContact & {
  readonly id: string;
  /** Orders placed and neither delivered nor cancelled yet, oldest first. */
  readonly activeOrderIds: readonly string[];
  /** When the customer registered, as an ISO-8601 string. */
  readonly registeredAt: string;
};
