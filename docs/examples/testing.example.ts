// The code quoted by docs/testing.md. It is type-checked with the rest of the repository.
import { describe, expect, it } from '@jest/globals';
import {
  AggregateRoot,
  AggregateType,
  DomainEvent,
  EventType,
  HandlesEvent,
  InvalidOperationError,
  createGlia,
  inMemoryPersistence,
  repositoryToken,
  silentLogger,
  type DomainEventHandler,
  type Repository,
} from '@glia/core';
import {
  RecordingDispatcher,
  aggregateStoreContract,
  given,
  persistenceContract,
  recordingHandler,
  registerGliaMatchers,
} from '@glia/testing';

// #region domain
@EventType('shop.OrderCreated.v1')
class OrderCreated extends DomainEvent {
  constructor(readonly customer: string) {
    super();
  }
}

@EventType('shop.ItemAdded.v1')
class ItemAdded extends DomainEvent {
  constructor(
    readonly sku: string,
    readonly quantity: number,
  ) {
    super();
  }
}

@EventType('shop.OrderConfirmed.v1')
class OrderConfirmed extends DomainEvent {
  constructor(
    readonly customer: string,
    readonly itemCount: number,
  ) {
    super();
  }
}

@AggregateType('shop.Order')
class Order extends AggregateRoot {
  customer = '';
  items: Array<{ sku: string; quantity: number }> = [];
  confirmed = false;

  constructor(readonly id: string) {
    super();
  }

  static create(id: string, customer: string): Order {
    const order = new Order(id);
    order.raiseEvent(new OrderCreated(customer));
    return order;
  }

  addItem(sku: string, quantity: number): void {
    this.raiseEvent(new ItemAdded(sku, quantity));
  }

  confirm(): void {
    if (this.confirmed) throw new InvalidOperationError('ORDER.ALREADY_CONFIRMED', 'Already confirmed.');
    if (this.items.length === 0) throw new InvalidOperationError('ORDER.EMPTY', 'The order is empty.');
    this.raiseEvent(new OrderConfirmed(this.customer, this.items.length));
  }

  protected override apply(event: DomainEvent): void {
    if (event instanceof OrderCreated) this.customer = event.customer;
    if (event instanceof ItemAdded) this.items.push({ sku: event.sku, quantity: event.quantity });
    if (event instanceof OrderConfirmed) this.confirmed = true;
  }
}
// #endregion domain

// #region given-when-then
describe('Order', () => {
  // A state: built by the aggregate's own methods. What building it raised counts as the past.
  const withOneItem = () => {
    const order = Order.create('o-1', 'Mario');
    order.addItem('margherita', 1);
    return order;
  };

  it('raises OrderConfirmed when an order with items is confirmed', () => {
    given(withOneItem)
      .when((order) => order.confirm())
      .then([new OrderConfirmed('Mario', 1)]);
  });

  it('refuses to confirm an empty order', () => {
    given(() => Order.create('o-2', 'Luigi'))
      .when((order) => order.confirm())
      .thenThrows(InvalidOperationError, 'ORDER.EMPTY');
  });

  // Past events: applied with loadFromHistory before `when` runs.
  it('refuses to confirm twice', () => {
    given(new Order('o-3'), [new OrderCreated('Peach'), new ItemAdded('funghi', 2), new OrderConfirmed('Peach', 1)])
      .when((order) => order.confirm())
      .thenThrows(InvalidOperationError, 'ORDER.ALREADY_CONFIRMED');
  });

  it('keeps the items it was given', () => {
    given(withOneItem)
      .when((order) => order.addItem('calzone', 2))
      .thenState((order, events) => {
        expect(order.items).toHaveLength(2);
        expect(events).toHaveLength(1);
      });
  });
});
// #endregion given-when-then

// #region handler-alone
interface Mailer {
  send(to: string, subject: string): Promise<void>;
}

@HandlesEvent(OrderConfirmed, { name: 'shop.SendConfirmationEmail' })
class SendConfirmationEmail implements DomainEventHandler<OrderConfirmed> {
  constructor(private readonly mailer: Mailer) {}

  async handle(event: OrderConfirmed): Promise<void> {
    await this.mailer.send(event.customer, `Your ${event.itemCount} item(s) are on their way`);
  }
}

class FakeMailer implements Mailer {
  readonly sent: Array<{ to: string; subject: string }> = [];
  async send(to: string, subject: string): Promise<void> {
    this.sent.push({ to, subject });
  }
}

it('emails the customer when an order is confirmed', async () => {
  const mailer = new FakeMailer();
  await new SendConfirmationEmail(mailer).handle(new OrderConfirmed('Mario', 2));
  expect(mailer.sent).toEqual([{ to: 'Mario', subject: 'Your 2 item(s) are on their way' }]);
});
// #endregion handler-alone

// #region matchers
registerGliaMatchers(expect);

it('matches raised events by class and payload', () => {
  const order = Order.create('o-4', 'Toad');
  order.addItem('diavola', 3);
  expect(order).toHaveRaised(ItemAdded, { sku: 'diavola' });
  expect(order).toHaveRaised(OrderCreated, { customer: expect.any(String) });
  expect(order).not.toHaveRaised(OrderConfirmed);
  expect(order).toHaveRaisedInOrder([OrderCreated, new ItemAdded('diavola', 3)]);
});
// #endregion matchers

// #region recording
it('records what a commit dispatched and what a handler received', async () => {
  const recorder = new RecordingDispatcher();
  const Received = recordingHandler([OrderConfirmed]);
  const glia = await createGlia({
    persistence: recorder.attachTo(inMemoryPersistence()),
    aggregates: [Order],
    eventHandlers: [Received],
    logger: silentLogger,
  });

  const scope = glia.openScope();
  const order = Order.create('o-5', 'Yoshi');
  order.addItem('margherita', 1);
  order.confirm();
  scope.get<Repository<Order>>(repositoryToken(Order)).add(order);
  await scope.unitOfWork.commit();
  await glia.drain();

  expect(recorder).toHaveRaised(OrderConfirmed, { customer: 'Yoshi' });
  expect(Received.events).toHaveRaised(OrderConfirmed, { itemCount: 1 });
  await glia.close();
});
// #endregion recording

// #region contracts
// packages/my-adapter/src/my-persistence.contract.spec.ts
persistenceContract('myPersistence()', async (fixture) => {
  // A fresh, empty adapter per test, not started yet: the suite calls start() and close().
  // `fixture` lists the aggregates (with mappers) and event classes the suites store.
  void fixture;
  const persistence = inMemoryPersistence();
  return { persistence, cleanup: async () => undefined };
});

// Or one port at a time:
aggregateStoreContract('myPersistence()', async () => ({ persistence: inMemoryPersistence() }));
// #endregion contracts
