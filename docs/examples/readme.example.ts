// The code quoted in the root README's "A taste" section; compiled by `pnpm typecheck`.
import { inject, injectable } from 'inversify';
import {
  AggregateRoot,
  AggregateType,
  DomainEvent,
  EventType,
  HandlesEvent,
  InvalidOperationError,
  type DomainEventHandler,
} from '@glia/core';

/** Sends mail; the application binds an adapter for it. */
@injectable()
export class Mailer {
  /** Sends one message. */
  async send(to: string, text: string): Promise<void> {
    void to;
    void text;
  }
}

// #region taste
@EventType('orders.OrderConfirmed.v1')
export class OrderConfirmed extends DomainEvent {
  constructor(readonly total: string) {
    super();
  }
}

@AggregateType('Order')
export class Order extends AggregateRoot {
  readonly items: string[] = [];
  total = '0.00';
  constructor(readonly id: string) {
    super();
  }

  confirm(): void {
    if (this.items.length === 0) throw new InvalidOperationError('ORDER.EMPTY', 'An order needs an item.');
    this.raiseEvent(new OrderConfirmed(this.total));
  }
}

@HandlesEvent(OrderConfirmed, { name: 'send-confirmation-email' })
export class SendConfirmationEmail implements DomainEventHandler<OrderConfirmed> {
  constructor(@inject(Mailer) private readonly mailer: Mailer) {}

  async handle(event: OrderConfirmed): Promise<void> {
    await this.mailer.send(event.aggregateId ?? '', `Your order is confirmed: ${event.total}`);
  }
}
// #endregion taste
