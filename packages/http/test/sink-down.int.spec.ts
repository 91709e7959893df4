import { afterEach, describe, expect, it } from '@jest/globals';
import {
  AggregateRoot,
  AggregateType,
  DomainEvent,
  EventType,
  InMemoryPersistence,
  OutboxRelay,
  createGlia,
  mapDomainEvent,
  silentLogger,
} from '@glia/core';
import { HttpCloudEventPublisher, nodeCloudEventsHandler } from '../src/index.js';
import { OrderConfirmedV2, billing } from './support/fixtures.js';
import { recordingSink, startServer, type LocalServer } from './support/local-server.js';

@EventType('http.OrderConfirmed.v1')
class OrderConfirmed extends DomainEvent {
  constructor(readonly amount: string) {
    super();
  }
}

@AggregateType('http.Order')
class Order extends AggregateRoot {
  constructor(readonly id: string) {
    super();
  }
  confirm(amount: string): void {
    this.raiseEvent(new OrderConfirmed(amount));
  }
}

const EVENTS = 50;

/** Commits `EVENTS` orders; each puts one CloudEvent in the in-memory outbox. */
async function commitOrders(): Promise<InMemoryPersistence> {
  const persistence = new InMemoryPersistence();
  const glia = await createGlia({
    persistence,
    aggregates: [Order],
    logger: silentLogger,
    integrationEvents: [
      mapDomainEvent(OrderConfirmed, OrderConfirmedV2, (e) => ({
        orderId: e.aggregateId ?? '',
        total: { amount: e.amount, currency: 'EUR' },
      })),
    ],
  });
  for (let n = 0; n < EVENTS; n += 1) {
    const scope = glia.openScope();
    const order = new Order(`order-${n}`);
    scope.unitOfWork.track(order, persistence.storeFor(Order), true);
    order.confirm(`${n}.00`);
    await scope.unitOfWork.commit();
  }
  return persistence;
}

let servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

describe('a sink that stays down', () => {
  it('leaves events pending while it is stopped and delivers all once it is back on the same port', async () => {
    const { receiver, billed } = billing();
    const first = await startServer(nodeCloudEventsHandler(receiver));
    await first.close(); // the sink goes down; its port is known
    const persistence = await commitOrders();
    const publisher = new HttpCloudEventPublisher({ url: first.url, initialDelayMs: 5, maxAttempts: 3 });
    const relay = new OutboxRelay(persistence.outbox, publisher, { batchSize: 20 });

    const down = await relay.relayAll();
    const pendingWhileDown = (await persistence.outbox.pendingMessages(1_000)).length;
    const requestsWhileDown = publisher.stats.requests;

    servers.push(await startServer(nodeCloudEventsHandler(receiver), first.port));
    const up = await relay.relayAll();
    const pendingAfter = (await persistence.outbox.pendingMessages(1_000)).length;
    console.log(
      `sink down: committed ${EVENTS}, confirmed ${down.confirmed}, failed ${down.failed}, pending ${pendingWhileDown}, ` +
        `requests ${requestsWhileDown}; sink back on port ${first.port}: confirmed ${up.confirmed}, pending ${pendingAfter}, ` +
        `handled ${billed.length}`,
    );
    expect(down).toMatchObject({ confirmed: 0, failed: 20 });
    expect(down.undelivered[0]?.reason).toMatch(/network error.*ECONNREFUSED.*\(3 tries\)/);
    expect(pendingWhileDown).toBe(EVENTS);
    expect(requestsWhileDown).toBe(3); // the rest of the batch waits behind the first failure
    expect(up).toMatchObject({ confirmed: EVENTS, failed: 0 });
    expect(pendingAfter).toBe(0);
    expect(billed).toEqual(Array.from({ length: EVENTS }, (_, n) => `order-${n}: ${n}.00 EUR`));
  });

  it('keeps events pending through a run of 503s and delivers each once when the sink recovers', async () => {
    const UNAVAILABLE = 7;
    const sink = recordingSink((n) =>
      n <= UNAVAILABLE ? { status: 503, headers: { 'retry-after': '0' } } : { status: 202 },
    );
    servers.push(await startServer(sink.listener));
    const persistence = await commitOrders();
    const publisher = new HttpCloudEventPublisher({ url: servers[0]!.url, maxAttempts: 3 });
    const relay = new OutboxRelay(persistence.outbox, publisher);

    const passes = [];
    while ((await persistence.outbox.pendingMessages(1)).length > 0) passes.push(await relay.relayOnce());
    const delivered = new Set(sink.requests.filter((_, i) => i >= UNAVAILABLE).map((r) => JSON.parse(r.body).id));
    console.log(
      `503 x${UNAVAILABLE}: passes ${passes.length} (confirmed ${passes.map((p) => p.confirmed).join('/')}), ` +
        `requests ${sink.requests.length}, retries ${publisher.stats.retries}, distinct events delivered ${delivered.size}`,
    );
    expect(passes.map((p) => p.confirmed)).toEqual([0, 0, EVENTS]);
    expect(sink.requests).toHaveLength(UNAVAILABLE + EVENTS);
    expect(delivered.size).toBe(EVENTS);
  });
});
