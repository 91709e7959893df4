import { z } from 'zod';
import {
  AggregateRoot,
  AggregateType,
  DomainEvent,
  EventType,
  IntegrationEventReceiver,
  IntegrationEventRouter,
  defineIntegrationEvent,
  mapDomainEvent,
  type AggregateMapper,
} from '@glia/core';
import type { PostgresInbox } from '../../src/inbox/postgres-inbox.js';
import { PostgresTransaction, type PostgresTransactionManager } from '../../src/postgres-transaction.js';

// The producer and consumer of the broker tests: ovens bake pizzas, another service counts them.

@EventType('broker-test.PizzaBaked.v1')
export class PizzaBaked extends DomainEvent {
  constructor(readonly n: number) {
    super();
  }
}

@AggregateType('broker-test.Oven')
export class Oven extends AggregateRoot {
  baked = 0;
  constructor(readonly id: string) {
    super();
  }
  bake(): void {
    this.baked += 1;
    this.raiseEvent(new PizzaBaked(this.baked));
  }
}

/** Stores an oven as its count. */
export const ovenMapper: AggregateMapper<Oven, { id: string; baked: number }> = {
  toSnapshot: (o) => ({ id: o.id, baked: o.baked }),
  fromSnapshot: (s) => Object.assign(new Oven(s.id), { baked: s.baked }),
};

/** The integration event other services see. */
export const PizzaBakedV1 = defineIntegrationEvent({
  type: 'com.mariopizzeria.test.pizza.baked.v1',
  source: '/broker-test/ovens',
  schema: z.object({ oven: z.string(), n: z.number().int() }),
});

/** The mapping the producer declares. */
export const pizzaBakedMapping = mapDomainEvent(PizzaBaked, PizzaBakedV1, (e) => ({
  oven: e.aggregateId ?? '',
  n: e.n,
}));

/** The consumer's effect table, in `schema` (unquoted). No unique key: a second effect would show. */
export const effectsTable = (schema: string): string =>
  `CREATE TABLE "${schema}".effects (seq bigserial PRIMARY KEY, event_id text NOT NULL, oven text NOT NULL,
     n int NOT NULL, pid int NOT NULL)`;

/** A receiver that writes one effect row and the inbox record in one transaction, before the ack. */
export function effectReceiver(
  schema: string,
  inbox: PostgresInbox,
  transactions: PostgresTransactionManager,
): IntegrationEventReceiver {
  return new IntegrationEventReceiver({
    name: 'oven-counter',
    router: new IntegrationEventRouter().on(PizzaBakedV1, async ({ oven, n }, { event, transaction }) => {
      if (transaction === undefined) throw new Error('The receiver runs without a transaction.');
      await PostgresTransaction.from(transaction).query(
        `INSERT INTO "${schema}".effects (event_id, oven, n, pid) VALUES ($1, $2, $3, $4)`,
        [event.id, oven, n, process.pid],
      );
    }),
    inbox,
    transactions,
  });
}
