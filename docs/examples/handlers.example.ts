// Code quoted in docs/handlers.md; compiled by `pnpm typecheck`.
import { strict as assert } from 'node:assert';
import { inject, injectable } from 'inversify';
import {
  AggregateRoot,
  AggregateType,
  ConfigurationError,
  DomainEvent,
  EventHandlerRegistry,
  EventType,
  HandlesEvent,
  InjectRepository,
  createGlia,
  describeError,
  repositoryToken,
  type DomainEventHandler,
  type Glia,
  type Repository,
} from '@glia/core';
import { Mailer } from './domain/mailer.js';
import { OrderConfirmed } from './domain/order-confirmed.event.js';
import { OrderPlaced } from './domain/order-placed.event.js';
import { Order } from './domain/order.aggregate.js';

// #region send-email
/** Mails the customer once their order is confirmed. */
@HandlesEvent(OrderConfirmed, { name: 'shop.send-confirmation-email' })
export class SendConfirmationEmail implements DomainEventHandler<OrderConfirmed> {
  constructor(@inject(Mailer) private readonly mailer: Mailer) {}

  async handle(event: OrderConfirmed): Promise<void> {
    await this.mailer.send(event.customerId, `Order ${event.orderId} confirmed: ${event.totalCents / 100} EUR`);
  }
}
// #endregion send-email

// #region invoice
/** An invoice was opened for a confirmed order. */
@EventType('billing.InvoiceOpened.v1')
export class InvoiceOpened extends DomainEvent {
  constructor(
    readonly orderId: string,
    readonly amountCents: number,
  ) {
    super();
  }
}

/** One invoice per order: its id is derived from the order's, which makes opening it idempotent. */
@AggregateType('billing.Invoice')
export class Invoice extends AggregateRoot {
  constructor(
    readonly id: string,
    readonly orderId: string,
    readonly amountCents: number,
  ) {
    super();
  }

  /** The id of the invoice of an order. */
  static idFor(orderId: string): string {
    return `invoice-${orderId}`;
  }

  /** Opens the invoice of an order. */
  static open(orderId: string, amountCents: number): Invoice {
    const invoice = new Invoice(Invoice.idFor(orderId), orderId, amountCents);
    invoice.raiseEvent(new InvoiceOpened(orderId, amountCents));
    return invoice;
  }
}
// #endregion invoice

// #region open-invoice
/** Opens the invoice of a confirmed order, in a unit of work of its own. */
@HandlesEvent(OrderConfirmed, { name: 'billing.open-invoice' })
export class OpenInvoice implements DomainEventHandler<OrderConfirmed> {
  constructor(@InjectRepository(Invoice) private readonly invoices: Repository<Invoice>) {}

  async handle(event: OrderConfirmed): Promise<void> {
    // At-least-once: this may run again for the same event. Doing nothing the second time is the fix.
    if ((await this.invoices.find(Invoice.idFor(event.orderId))) !== undefined) return;
    this.invoices.add(Invoice.open(event.orderId, event.totalCents));
    // No commit here: the handler's scope commits once `handle` returns, and then dispatches InvoiceOpened.
  }
}
// #endregion open-invoice

// #region audit
/** Where audit lines go; a singleton the application binds. */
@injectable()
export class AuditLog {
  /** One line per event, in delivery order. */
  readonly lines: string[] = [];
}

/** Subscribes to the base class, so it receives every event of every aggregate. */
@HandlesEvent(DomainEvent, { name: 'audit.record-event' })
export class RecordEvent implements DomainEventHandler {
  constructor(@inject(AuditLog) private readonly log: AuditLog) {}

  async handle(event: DomainEvent): Promise<void> {
    this.log.lines.push(`${event.eventType} ${event.aggregateId}@${event.aggregateVersion}`);
  }
}
// #endregion audit

// #region flaky
/** A remote service that is sometimes down. */
@injectable()
export class Warehouse {
  /** How many calls are still going to fail. */
  failuresLeft = 1;
  /** Orders the warehouse accepted. */
  readonly reserved: string[] = [];

  /** Reserves stock for an order; idempotent on the warehouse's side. */
  async reserve(orderId: string): Promise<void> {
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new Error('warehouse unavailable');
    }
    if (!this.reserved.includes(orderId)) this.reserved.push(orderId);
  }
}

/** Calls the warehouse; retried up to three times, 50 ms then 150 ms apart, then dead. */
@HandlesEvent(OrderConfirmed, { name: 'shop.reserve-stock', retry: { maxAttempts: 3, initialDelayMs: 50 } })
export class ReserveStock implements DomainEventHandler<OrderConfirmed> {
  constructor(@inject(Warehouse) private readonly warehouse: Warehouse) {}

  async handle(event: OrderConfirmed): Promise<void> {
    await this.warehouse.reserve(event.orderId);
  }
}
// #endregion flaky

// #region wiring
/** Sets the application up: only the handlers listed here take part. */
export async function startShop(): Promise<Glia> {
  const glia = await createGlia({
    aggregates: [Order, Invoice],
    eventHandlers: [SendConfirmationEmail, OpenInvoice, RecordEvent, ReserveStock],
    retry: { maxAttempts: 5 }, // the default policy for every handler; ReserveStock overrides it
  });
  // Handlers are resolved per delivery; the services they share are the application's to bind.
  glia.container.bind(Mailer).toSelf().inSingletonScope();
  glia.container.bind(AuditLog).toSelf().inSingletonScope();
  glia.container.bind(Warehouse).toSelf().inSingletonScope();

  glia.onDeliveryFailure((failure) => {
    const outcome = failure.willRetry ? `retry at ${failure.nextAttemptAt?.toISOString()}` : 'dead';
    console.warn(
      `${failure.delivery.handler} attempt ${failure.attempt}: ${describeError(failure.error)} (${outcome})`,
    );
  });
  return glia;
}
// #endregion wiring

// #region run
/** Confirms an order in a scope of its own, then waits for every handler (and what they raised). */
export async function confirmAnOrder(glia: Glia): Promise<void> {
  const scope = glia.openScope();
  const order = Order.place('order-1', 'customer-7');
  order.addItem('margherita', 2, 850);
  order.confirm();
  scope.get(repositoryToken(Order)).add(order);
  await scope.unitOfWork.commit(); // handlers start only after this has committed

  await glia.drain(); // tests and scripts wait; a server does not need to
  assert.deepEqual(glia.container.get(AuditLog).lines, [
    'shop.OrderPlaced.v1 order-1@1',
    'shop.ItemAdded.v1 order-1@2',
    'shop.OrderConfirmed.v1 order-1@3',
    'billing.InvoiceOpened.v1 invoice-order-1@1', // raised by OpenInvoice, committed in its own scope
  ]);
  assert.deepEqual(glia.container.get(Warehouse).reserved, ['order-1']); // second attempt succeeded
  assert.equal((await glia.deliveries.list({ status: 'dead' })).length, 0);
}
// #endregion run

// #region registry
/** The registry behind the decorators: plain calls, a listing, duplicates refused. */
export function useTheRegistry(): void {
  class LogPlacedOrders implements DomainEventHandler<OrderPlaced> {
    async handle(event: OrderPlaced): Promise<void> {
      console.log(`order ${event.orderId} placed`);
    }
  }

  const registry = new EventHandlerRegistry();
  registry.register(SendConfirmationEmail); // reads its @HandlesEvent metadata
  registry.register(LogPlacedOrders, { events: [OrderPlaced], name: 'shop.log-placed-orders' }); // no decorator

  assert.deepEqual(
    registry.list().map((r) => r.name),
    ['shop.send-confirmation-email', 'shop.log-placed-orders'],
  );
  assert.deepEqual(
    registry.handlersFor(OrderConfirmed).map((r) => r.name),
    ['shop.send-confirmation-email'],
  );
  assert.throws(
    () => registry.register(SendConfirmationEmail),
    (error) => ConfigurationError.is(error, 'GLIA.DUPLICATE_REGISTRATION'),
  );
}
// #endregion registry
