import { AggregateRoot, AggregateType } from '@glia/core';
import type { CustomerDetails } from '../orders/customer-details.js';
import { checkContact } from './check-contact.js';
import type { CustomerContact, CustomerContactInput } from './customer-contact.js';
import type { CustomerSnapshot } from './customer-snapshot.js';
import { CustomerContactChanged } from './events/customer-contact-changed.event.js';
import { CustomerOrderClosed } from './events/customer-order-closed.event.js';
import { CustomerOrderStarted } from './events/customer-order-started.event.js';
import { CustomerRegistered } from './events/customer-registered.event.js';

/** Changes to a customer's contact details: an absent field stays as it is, `null` removes it. */
export type CustomerContactChanges = {
  readonly name?: string | undefined;
  readonly email?: string | null | undefined;
  readonly phone?: string | null | undefined;
};

/**
 * Someone who orders: reachable by email, phone or both, and the orders they are waiting for. The
 * active orders are kept by handlers that react to the orders' events, not by the order commands.
 */
@AggregateType('pizzeria.customers.Customer')
export class Customer extends AggregateRoot {
  private state: Omit<CustomerSnapshot, 'id'>;

  private constructor(
    /** The customer's id. */
    readonly id: string,
    state: Omit<CustomerSnapshot, 'id'>,
  ) {
    super();
    this.state = state;
  }

  /** Registers a customer; the contact details are checked and normalised first. */
  static register(id: string, input: CustomerContactInput): Customer {
    const contact = checkContact(input);
    const customer = new Customer(id, { ...contact, activeOrderIds: [], registeredAt: new Date().toISOString() });
    customer.raiseEvent(new CustomerRegistered(contact.name, contact.email, contact.phone));
    return customer;
  }

  /** Rebuilds a customer from its snapshot, raising nothing; used by the mapper. */
  static fromSnapshot({ id, ...state }: CustomerSnapshot): Customer {
    return new Customer(id, { ...state, activeOrderIds: [...state.activeOrderIds] });
  }

  /** The customer's state as plain data. */
  toSnapshot(): CustomerSnapshot {
    return { id: this.id, ...this.state, activeOrderIds: [...this.state.activeOrderIds] };
  }

  /** Name, email and phone as they are now. */
  get contact(): CustomerContact {
    const { name, email, phone } = this.state;
    return { name, email, phone };
  }

  /** The contact details an order keeps, with this customer's id. */
  get details(): CustomerDetails {
    const { name, email, phone } = this.state;
    return { customerId: this.id, name, ...(email !== null && { email }), ...(phone !== null && { phone }) };
  }

  /** Orders placed and not yet delivered or cancelled. */
  get activeOrderIds(): readonly string[] {
    return this.state.activeOrderIds;
  }

  /** Changes contact details; the result must still be valid. Changing nothing raises nothing. */
  changeContact(changes: CustomerContactChanges): void {
    const before = this.contact;
    const after = checkContact({
      name: changes.name ?? before.name,
      email: changes.email === undefined ? before.email : changes.email,
      phone: changes.phone === undefined ? before.phone : changes.phone,
    });
    if (after.name === before.name && after.email === before.email && after.phone === before.phone) return;
    this.state = { ...this.state, ...after };
    this.raiseEvent(new CustomerContactChanged(after.name, after.email, after.phone, before.email, before.phone));
  }

  /** Tracks an order as active; an order already tracked is left alone, so redeliveries change nothing. */
  startOrder(orderId: string): void {
    if (this.state.activeOrderIds.includes(orderId)) return;
    this.state = { ...this.state, activeOrderIds: [...this.state.activeOrderIds, orderId] };
    this.raiseEvent(new CustomerOrderStarted(orderId));
  }

  /** Stops tracking an order that ended; an order not tracked is left alone. */
  closeOrder(orderId: string, outcome: 'delivered' | 'cancelled'): void {
    if (!this.state.activeOrderIds.includes(orderId)) return;
    this.state = { ...this.state, activeOrderIds: this.state.activeOrderIds.filter((id) => id !== orderId) };
    this.raiseEvent(new CustomerOrderClosed(orderId, outcome));
  }
}
