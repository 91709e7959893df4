import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import {
  AggregateRoot,
  AggregateType,
  DomainEvent,
  EventType,
  IntegrationData,
  InMemoryPersistence,
  ValidationError,
  createGlia,
  defineIntegrationEvent,
  integrationEventId,
  mapDomainEvent,
  silentLogger,
} from '../index.js';

@EventType('spec.OrderConfirmed.v1')
class OrderConfirmed extends DomainEvent {
  constructor(
    readonly total: string,
    readonly bakeBy: Date,
  ) {
    super();
  }
}

@AggregateType('spec.Order')
class Order extends AggregateRoot {
  constructor(readonly id: string) {
    super();
  }
  confirm(total: string): void {
    this.raiseEvent(new OrderConfirmed(total, new Date('2024-05-01T12:30:00.000Z')));
  }
}

const OrderConfirmedV1 = defineIntegrationEvent({
  type: 'com.mariopizzeria.order.confirmed.v1',
  source: '/mario-pizzeria/orders',
  schema: z.object({ orderId: z.string(), total: IntegrationData.money(), bakeBy: IntegrationData.timestamp() }),
});

async function setUp() {
  const persistence = new InMemoryPersistence();
  const glia = await createGlia({
    persistence,
    aggregates: [Order],
    logger: silentLogger,
    integrationEvents: [
      mapDomainEvent(OrderConfirmed, OrderConfirmedV1, (e) => ({
        orderId: e.aggregateId ?? '',
        total: e.total,
        bakeBy: e.bakeBy.toISOString(),
      })),
    ],
  });
  const commit = async (id: string, total: string) => {
    const scope = glia.openScope({ correlationId: 'corr-1' });
    const order = new Order(id);
    scope.unitOfWork.track(order, persistence.storeFor(Order), true);
    order.confirm(total);
    return scope.unitOfWork.commit();
  };
  return { persistence, commit };
}

describe('integration events at commit', () => {
  it('writes a complete CloudEvent 1.0 into the outbox batch of the commit', async () => {
    const { persistence, commit } = await setUp();
    const { events } = await commit('o-1', '12.50');
    const domainEvent = events[0] as OrderConfirmed;
    expect(persistence.outbox.messages).toEqual([
      {
        specversion: '1.0',
        id: integrationEventId(domainEvent.eventId, OrderConfirmedV1.type),
        source: '/mario-pizzeria/orders',
        type: 'com.mariopizzeria.order.confirmed.v1',
        time: domainEvent.occurredAt.toISOString(),
        subject: 'o-1',
        datacontenttype: 'application/json',
        correlationid: 'corr-1',
        causationid: domainEvent.eventId,
        data: { orderId: 'o-1', total: '12.50', bakeBy: '2024-05-01T12:30:00.000Z' },
      },
    ]);
    expect(await persistence.outbox.pendingMessages(10)).toHaveLength(1);
  });

  it('derives the same id for the same domain event every time, and different ids per type', () => {
    expect(integrationEventId('e-1', 'a.b.v1')).toBe(integrationEventId('e-1', 'a.b.v1'));
    expect(integrationEventId('e-1', 'a.b.v1')).not.toBe(integrationEventId('e-1', 'a.b.v2'));
    expect(integrationEventId('e-1', 'a.b.v1')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('fails the whole commit when the mapped data breaks the schema, writing nothing', async () => {
    const { persistence, commit } = await setUp();
    await expect(commit('o-2', '12,50')).rejects.toBeInstanceOf(ValidationError);
    expect(persistence.outbox.messages).toEqual([]);
    expect(persistence.outbox.events).toEqual([]);
    expect(await persistence.storeFor(Order).load('o-2')).toBeUndefined();
  });

  it('refuses data JSON would change, such as a Date', async () => {
    const Loose = defineIntegrationEvent({
      type: 'com.example.loose.v1',
      source: '/x',
      schema: z.object({ at: z.date() }),
    });
    const glia = await createGlia({
      aggregates: [Order],
      logger: silentLogger,
      integrationEvents: [mapDomainEvent(OrderConfirmed, Loose, (e) => ({ at: e.bakeBy }))],
    });
    const scope = glia.openScope();
    const order = new Order('o-3');
    scope.unitOfWork.track(order, new InMemoryPersistence().storeFor(Order), true);
    order.confirm('1');
    await expect(scope.unitOfWork.commit()).rejects.toMatchObject({ code: 'GLIA.VALIDATION' });
  });

  it('marks relayed messages sent, so they are no longer pending', async () => {
    const { persistence, commit } = await setUp();
    await commit('o-4', '1.00');
    await commit('o-5', '2.00');
    const [first] = await persistence.outbox.pendingMessages(1);
    await persistence.outbox.markMessagesSent([first?.id ?? '']);
    expect((await persistence.outbox.pendingMessages(10)).map((m) => m.subject)).toEqual(['o-5']);
  });
});
