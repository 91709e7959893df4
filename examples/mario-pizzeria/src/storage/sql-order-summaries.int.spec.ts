import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { OrderSummary } from '../orders/order-summary.js';
import { SqlOrderSummaries } from './sql-order-summaries.js';
import { openReadModelDatabase, PGLITE_TIMEOUT_MS, type ReadModelDatabase } from './testing/read-model-database.js';

let db: ReadModelDatabase;
beforeAll(async () => {
  db = await openReadModelDatabase();
}, PGLITE_TIMEOUT_MS);
afterAll(() => db.driver.close());

function summary(orderId: string, fields: Partial<OrderSummary> = {}): OrderSummary {
  return {
    orderId,
    customerId: 'c-1',
    customerName: 'Luigi',
    status: 'pending',
    pizzas: ['Margherita (M)'],
    totalCents: 950,
    driverId: null,
    version: 1,
    placedAt: '2024-05-01T12:00:00.000Z',
    ...fields,
  };
}

describe('SqlOrderSummaries', () => {
  it('lists summaries by status, oldest first, and all of them for no status', async () => {
    const summaries = new SqlOrderSummaries(db.driver, db.schema);
    await summaries.upsert(summary('late', { status: 'confirmed', placedAt: '2024-05-01T12:05:00.000Z' }));
    await summaries.upsert(summary('early', { status: 'cooking', placedAt: '2024-05-01T12:01:00.000Z' }));
    await summaries.upsert(summary('other', { status: 'ready', placedAt: '2024-05-01T12:00:00.000Z' }));

    expect((await summaries.list(['confirmed', 'cooking'])).map((s) => s.orderId)).toEqual(['early', 'late']);
    expect((await summaries.list([])).map((s) => s.orderId)).toEqual(['other', 'early', 'late']);
    expect(await summaries.list(['ready'])).toEqual([summary('other', { status: 'ready' })]);
  });

  it('moves a summary forward and keeps the first placedAt', async () => {
    const summaries = new SqlOrderSummaries(db.driver, db.schema);
    await summaries.upsert(summary('o-fwd'));
    await summaries.upsert(
      summary('o-fwd', { status: 'out-for-delivery', driverId: 'd-1', version: 5, placedAt: '2024-05-01T13:00:00Z' }),
    );
    expect(await summaries.list(['out-for-delivery'])).toEqual([
      summary('o-fwd', { status: 'out-for-delivery', driverId: 'd-1', version: 5 }),
    ]);
  });

  it('ignores a summary at the stored version or an older one (a redelivered or late event)', async () => {
    const summaries = new SqlOrderSummaries(db.driver, db.schema);
    await summaries.upsert(summary('o-old', { status: 'cooking', version: 4 }));
    await summaries.upsert(summary('o-old', { status: 'confirmed', version: 3 }));
    await summaries.upsert(summary('o-old', { status: 'cancelled', version: 4 }));
    expect((await summaries.list([])).find((s) => s.orderId === 'o-old')).toMatchObject({
      status: 'cooking',
      version: 4,
    });
  });
});
