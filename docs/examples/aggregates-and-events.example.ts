// Code quoted in docs/aggregates-and-events.md; compiled by `pnpm typecheck`.
import { strict as assert } from 'node:assert';
import {
  AggregateNotFoundError,
  AggregateRoot,
  AggregateType,
  ConcurrencyError,
  DomainEvent,
  EventType,
  GliaError,
  InvalidOperationError,
  ValidationError,
  restoreEvent,
} from '@glia/core';
import { ItemAdded } from './domain/item-added.event.js';
import { Order } from './domain/order.aggregate.js';

// #region raise
/** Places an order, adds a line and confirms it: three events, versions 1 to 3, nothing saved yet. */
export function raiseSomeEvents(): Order {
  const order = Order.place('order-1', 'customer-7');
  order.addItem('margherita', 2, 850);
  order.confirm();

  const events = order.getUncommittedEvents();
  assert.deepEqual(
    events.map((e) => [e.eventType, e.aggregateVersion]),
    [
      ['shop.OrderPlaced.v1', 1],
      ['shop.ItemAdded.v1', 2],
      ['shop.OrderConfirmed.v1', 3],
    ],
  );
  assert.equal(order.version, 0); // never persisted
  assert.equal(order.pendingVersion, 3); // the version once these events are saved
  return order;
}
// #endregion raise

// #region envelope
/** What every event carries besides its payload. */
export function inspectAnEvent(order: Order): void {
  const added = order.getUncommittedEvents()[1] as ItemAdded;

  assert.match(added.eventId, /^[0-9a-f-]{36}$/); // a UUID, stable across retries and processes
  assert.ok(added.occurredAt instanceof Date); // when it happened
  assert.equal(added.eventType, 'shop.ItemAdded.v1');
  assert.equal(added.aggregateType, 'shop.Order');
  assert.equal(added.aggregateId, 'order-1');
  assert.equal(added.aggregateVersion, 2);
  // correlationId and causationId are stamped by the unit of work when it commits.

  assert.deepEqual(added.payload(), { orderId: 'order-1', sku: 'margherita', quantity: 2, unitPriceCents: 850 });
  assert.ok(Object.isFrozen(added));
}
// #endregion envelope

// #region invariant
/** An invariant refuses the operation with a stable code; no event is raised. */
export function confirmAnEmptyOrder(): void {
  const order = Order.place('order-2', 'customer-7');
  try {
    order.confirm();
    assert.fail('an empty order cannot be confirmed');
  } catch (error) {
    assert.ok(InvalidOperationError.is(error, 'ORDER.EMPTY'));
  }
  assert.equal(order.getUncommittedEvents().length, 1); // only OrderPlaced
}
// #endregion invariant

// #region event-sourced
/** Stock arrived. */
@EventType('stock.StockReceived.v1')
export class StockReceived extends DomainEvent {
  constructor(readonly quantity: number) {
    super();
  }
}

/** Stock was set aside for an order. */
@EventType('stock.StockReserved.v1')
export class StockReserved extends DomainEvent {
  constructor(
    readonly orderId: string,
    readonly quantity: number,
  ) {
    super();
  }
}

/** An event-sourced aggregate: methods only check and raise; `apply` is the one place state changes. */
@AggregateType('stock.StockItem')
export class StockItem extends AggregateRoot {
  onHand = 0;

  constructor(readonly id: string) {
    super();
  }

  /** Records a delivery of stock. */
  receive(quantity: number): void {
    if (quantity <= 0) throw new InvalidOperationError('STOCK.INVALID_QUANTITY', 'Receive at least one unit.');
    this.raiseEvent(new StockReceived(quantity));
  }

  /** Sets stock aside for an order; there must be enough on hand. */
  reserve(orderId: string, quantity: number): void {
    if (quantity > this.onHand) {
      throw new InvalidOperationError('STOCK.INSUFFICIENT', `Only ${this.onHand} of ${this.id} on hand.`, {
        details: { requested: quantity, onHand: this.onHand },
      });
    }
    this.raiseEvent(new StockReserved(orderId, quantity));
  }

  protected override apply(event: DomainEvent): void {
    if (event instanceof StockReceived) this.onHand += event.quantity;
    else if (event instanceof StockReserved) this.onHand -= event.quantity;
  }
}
// #endregion event-sourced

// #region history
/** Rebuilds an event-sourced aggregate from its events, as an event store does when it loads one. */
export function rehydrate(): StockItem {
  const original = new StockItem('sku-42');
  original.receive(10);
  original.reserve('order-1', 3);
  const history = original.getUncommittedEvents(); // stands in for the stored events

  const loaded = new StockItem('sku-42');
  loaded.loadFromHistory(history);
  assert.equal(loaded.onHand, 7);
  assert.equal(loaded.version, 2);
  assert.equal(loaded.getUncommittedEvents().length, 0); // history is not new
  return loaded;
}
// #endregion history

// #region restore
/** How an adapter turns a stored row back into an event: same id and time, no constructor run. */
export function restoreFromStorage(): StockReceived {
  const event = restoreEvent(StockReceived, {
    eventId: '3f0c3f6e-8a53-4b0e-9a59-3b8d0b3f9b11',
    occurredAt: new Date('2025-01-01T12:00:00Z'),
    aggregateId: 'sku-42',
    aggregateType: 'stock.StockItem',
    aggregateVersion: 1,
    payload: { quantity: 10 },
  });
  assert.ok(event instanceof StockReceived);
  assert.equal(event.quantity, 10);
  return event;
}
// #endregion restore

// #region errors
/** The web layer, not the domain, turns error codes into HTTP statuses. */
export function httpStatusOf(error: unknown): number {
  if (ValidationError.is(error)) return 400;
  if (AggregateNotFoundError.is(error)) return 404;
  if (InvalidOperationError.is(error) || ConcurrencyError.is(error)) return 409;
  return 500;
}

/** The body of an error response: code, message and details, never the stack. */
export function errorBody(error: unknown): unknown {
  return GliaError.is(error) ? error.toJSON() : { code: 'INTERNAL', message: 'Something went wrong.' };
}
// #endregion errors
