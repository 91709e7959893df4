import { AggregateRoot, AggregateType, type DomainEvent } from '@glia/core';
import { Money } from '../menu/money.js';
import type { PricedPizza } from '../menu/priced-pizza.js';
import type { CustomerDetails } from './customer-details.js';
import { CookingStarted } from './events/cooking-started.event.js';
import { OrderAssignedToDelivery } from './events/order-assigned-to-delivery.event.js';
import { OrderCancelled } from './events/order-cancelled.event.js';
import { OrderConfirmed } from './events/order-confirmed.event.js';
import { OrderCreated } from './events/order-created.event.js';
import { OrderDelivered } from './events/order-delivered.event.js';
import { OrderOutForDelivery } from './events/order-out-for-delivery.event.js';
import { OrderReady } from './events/order-ready.event.js';
import { PizzaAddedToOrder } from './events/pizza-added-to-order.event.js';
import { PizzaRemovedFromOrder } from './events/pizza-removed-from-order.event.js';
import { checkStep, isCancellable } from './order-lifecycle.js';
import type { OrderLine } from './order-line.js';
import type { OrderSnapshot } from './order-snapshot.js';
import { OrderErrorCodes, OrderErrors } from './order.errors.js';

/**
 * A customer's order, from the first pizza to the doorstep. State-based: each method checks its
 * rule, changes the state and raises the event that says what happened.
 */
@AggregateType('pizzeria.orders.Order')
export class Order extends AggregateRoot {
  // One plain, mutable record (not #private fields) so stores can copy it and mappers can read it.
  private state: Omit<OrderSnapshot, 'id'>;

  private constructor(
    /** The order's id. */
    readonly id: string,
    state: Omit<OrderSnapshot, 'id'>,
  ) {
    super();
    this.state = state;
  }

  /** Opens a new, empty, pending order for a customer. */
  static create(id: string, customer: CustomerDetails): Order {
    const order = new Order(id, {
      status: 'pending',
      customer: { ...customer },
      lines: [],
      nextLineNumber: 1,
      driverId: null,
      cancelReason: null,
    });
    order.raiseEvent(new OrderCreated({ ...customer }));
    return order;
  }

  /** Rebuilds an order from its snapshot, raising nothing; used by the mapper. */
  static fromSnapshot({ id, ...state }: OrderSnapshot): Order {
    return new Order(id, { ...state, customer: { ...state.customer }, lines: [...state.lines] });
  }

  /** The order's state as plain data. */
  toSnapshot(): OrderSnapshot {
    return { id: this.id, ...this.state, customer: { ...this.state.customer }, lines: [...this.state.lines] };
  }

  /** Where the order stands. */
  get status(): OrderSnapshot['status'] {
    return this.state.status;
  }

  /** Who ordered. */
  get customer(): CustomerDetails {
    return this.state.customer;
  }

  /** The pizzas, in the order they were added. */
  get lines(): readonly OrderLine[] {
    return this.state.lines;
  }

  /** The driver assigned, once there is one. */
  get driverId(): string | null {
    return this.state.driverId;
  }

  /** What the customer pays: the sum of the lines' prices. */
  get total(): Money {
    return Money.sum(this.state.lines.map((l) => Money.cents(l.priceCents)));
  }

  /** Adds a priced pizza while the order is pending; returns its line. */
  addPizza(pizza: PricedPizza): OrderLine {
    this.requirePending('add a pizza');
    const { pizzaId, pizzaName, size, toppings, price } = pizza;
    const line: OrderLine = {
      lineId: `line-${this.state.nextLineNumber}`,
      pizzaId,
      pizzaName,
      size,
      toppings: [...toppings],
      priceCents: price.cents,
    };
    this.state = { ...this.state, lines: [...this.state.lines, line], nextLineNumber: this.state.nextLineNumber + 1 };
    this.raiseEvent(new PizzaAddedToOrder(line));
    return line;
  }

  /** Takes a line out while the order is pending. */
  removePizza(lineId: string): void {
    this.requirePending('remove a pizza');
    const line = this.state.lines.find((l) => l.lineId === lineId);
    if (line === undefined) throw OrderErrors.lineNotFound(this.id, lineId);
    this.state = { ...this.state, lines: this.state.lines.filter((l) => l !== line) };
    this.raiseEvent(new PizzaRemovedFromOrder(lineId, line.pizzaId));
  }

  /** Confirms a pending order that has at least one pizza. */
  confirm(): void {
    checkStep(this.id, this.status, 'confirmed');
    if (this.state.lines.length === 0) throw OrderErrors.empty(this.id);
    this.state = { ...this.state, status: 'confirmed' };
    this.raiseEvent(new OrderConfirmed({ ...this.customer }, [...this.lines], this.total.cents));
  }

  /** The kitchen starts a confirmed order; from now on it cannot be cancelled. */
  startCooking(): void {
    this.advance('cooking', () => new CookingStarted());
  }

  /** The kitchen finished cooking it. */
  markReady(): void {
    this.advance('ready', () => new OrderReady());
  }

  /** A driver takes charge of a ready order. */
  assignDriver(driverId: string): void {
    checkStep(this.id, this.status, 'assigned');
    if (driverId.trim() === '') throw OrderErrors.noDriver(this.id);
    this.state = { ...this.state, status: 'assigned', driverId };
    this.raiseEvent(new OrderAssignedToDelivery(driverId));
  }

  /** The assigned driver leaves with it. */
  sendOutForDelivery(): void {
    this.advance('out-for-delivery', () => new OrderOutForDelivery(this.state.driverId as string));
  }

  /** The customer has it. */
  markDelivered(): void {
    this.advance('delivered', () => new OrderDelivered());
  }

  /** Cancels the order; allowed until cooking starts. */
  cancel(reason: string): void {
    const previous = this.status;
    if (previous === 'cancelled') {
      throw OrderErrors.refused(OrderErrorCodes.AlreadyCancelled, this.id, 'be cancelled', previous);
    }
    if (!isCancellable(previous)) {
      throw OrderErrors.refused(OrderErrorCodes.TooLateToCancel, this.id, 'be cancelled', previous);
    }
    this.state = { ...this.state, status: 'cancelled', cancelReason: reason };
    this.raiseEvent(new OrderCancelled(reason, previous));
  }

  // The plain forward steps: check the lifecycle, move on, then build and raise the event.
  private advance(to: 'cooking' | 'ready' | 'out-for-delivery' | 'delivered', event: () => DomainEvent): void {
    checkStep(this.id, this.status, to);
    this.state = { ...this.state, status: to };
    this.raiseEvent(event());
  }

  private requirePending(action: string): void {
    const status = this.status;
    if (status === 'cancelled') throw OrderErrors.refused(OrderErrorCodes.Cancelled, this.id, action, status);
    if (status !== 'pending') throw OrderErrors.refused(OrderErrorCodes.NotPending, this.id, action, status);
  }
}
