import { AggregateRoot, AggregateType, InvalidOperationError } from '@glia/core';
import { ItemAdded } from './item-added.event.js';
import { OrderConfirmed } from './order-confirmed.event.js';
import { OrderPlaced } from './order-placed.event.js';

/** One line of an order. */
export type OrderLine = { readonly sku: string; readonly quantity: number; readonly unitPriceCents: number };

// #region order
/** A customer's order: open while items are added, then confirmed. State-based. */
@AggregateType('shop.Order')
export class Order extends AggregateRoot {
  private readonly lines_: OrderLine[] = [];
  private status: 'open' | 'confirmed' = 'open';

  constructor(
    readonly id: string,
    readonly customerId: string,
  ) {
    super();
  }

  /** Places a new, empty order. */
  static place(id: string, customerId: string): Order {
    const order = new Order(id, customerId);
    order.raiseEvent(new OrderPlaced(id, customerId));
    return order;
  }

  /** Adds a line; only while the order is open. */
  addItem(sku: string, quantity: number, unitPriceCents: number): void {
    if (this.status !== 'open') {
      throw new InvalidOperationError('ORDER.NOT_OPEN', `Order ${this.id} is ${this.status}; it cannot change.`);
    }
    if (!Number.isInteger(quantity) || quantity <= 0) {
      throw new InvalidOperationError('ORDER.INVALID_QUANTITY', `Quantity must be a positive integer.`, {
        details: { sku, quantity },
      });
    }
    this.lines_.push({ sku, quantity, unitPriceCents });
    this.raiseEvent(new ItemAdded(this.id, sku, quantity, unitPriceCents));
  }

  /** Confirms the order; it needs at least one line and can be confirmed once. */
  confirm(): void {
    if (this.status === 'confirmed') {
      throw new InvalidOperationError('ORDER.ALREADY_CONFIRMED', `Order ${this.id} is already confirmed.`);
    }
    if (this.lines_.length === 0) {
      throw new InvalidOperationError('ORDER.EMPTY', `Order ${this.id} has no items to confirm.`);
    }
    this.status = 'confirmed';
    this.raiseEvent(new OrderConfirmed(this.id, this.customerId, this.totalCents));
  }

  /** The lines, in the order they were added. */
  get lines(): readonly OrderLine[] {
    return [...this.lines_];
  }

  /** True once confirmed. */
  get isConfirmed(): boolean {
    return this.status === 'confirmed';
  }

  /** The sum of every line, in cents. */
  get totalCents(): number {
    return this.lines_.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  }
}
// #endregion order
