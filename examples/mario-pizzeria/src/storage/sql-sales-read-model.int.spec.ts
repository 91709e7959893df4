import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sale } from '../sales/sale.js';
import { SqlSalesReadModel } from './sql-sales-read-model.js';
import { openReadModelDatabase, PGLITE_TIMEOUT_MS, type ReadModelDatabase } from './testing/read-model-database.js';

let db: ReadModelDatabase;
beforeAll(async () => {
  db = await openReadModelDatabase();
}, PGLITE_TIMEOUT_MS);
afterAll(() => db.driver.close());

const margherita = { pizzaId: 'margherita', pizzaName: 'Margherita', priceCents: 850 };
const pepperoni = { pizzaId: 'pepperoni', pizzaName: 'Pepperoni', priceCents: 1100 };

function sale(eventId: string, day: string, customerKey: string, pizzas: Sale['pizzas']): Sale {
  const totalCents = pizzas.reduce((n, p) => n + p.priceCents, 0);
  return {
    eventId,
    orderId: `o-${eventId}`,
    customerKey,
    customerName: customerKey.toUpperCase(),
    day,
    totalCents,
    pizzas,
  };
}

describe('SqlSalesReadModel', () => {
  it('sums each day, ranks the pizzas and sums each customer', async () => {
    const sales = new SqlSalesReadModel(db.driver, db.schema);
    await sales.record(sale('e-1', '2024-05-01', 'luigi', [margherita, pepperoni]));
    await sales.record(sale('e-2', '2024-05-01', 'peach', [margherita]));
    await sales.record(sale('e-3', '2024-05-02', 'luigi', [pepperoni, pepperoni]));

    expect(await sales.day('2024-05-01')).toEqual({
      day: '2024-05-01',
      orders: 2,
      pizzas: 3,
      revenueCents: 2800,
      cancelledOrders: 0,
      cancelledRevenueCents: 0,
    });
    expect(await sales.topPizzas(5, '2024-05-01')).toEqual([
      { pizzaId: 'margherita', pizzaName: 'Margherita', quantity: 2, revenueCents: 1700 },
      { pizzaId: 'pepperoni', pizzaName: 'Pepperoni', quantity: 1, revenueCents: 1100 },
    ]);
    expect((await sales.topPizzas(1)).map((p) => [p.pizzaId, p.quantity])).toEqual([['pepperoni', 3]]);
    expect(await sales.customer('luigi')).toEqual({
      customerKey: 'luigi',
      customerName: 'LUIGI',
      orders: 2,
      revenueCents: 4150,
    });
  });

  it('counts a redelivered sale (same event id) once', async () => {
    const sales = new SqlSalesReadModel(db.driver, db.schema);
    expect(await sales.record(sale('e-9', '2024-06-01', 'toad', [margherita]))).toBe(true);
    expect(await sales.record(sale('e-9', '2024-06-01', 'toad', [margherita]))).toBe(false);
    expect((await sales.day('2024-06-01')).orders).toBe(1);
    expect((await sales.customer('toad'))?.orders).toBe(1);
    expect(await sales.topPizzas(5, '2024-06-01')).toEqual([
      { pizzaId: 'margherita', pizzaName: 'Margherita', quantity: 1, revenueCents: 850 },
    ]);
  });

  it('reads zeros for a day without sales and nothing for an unknown customer', async () => {
    const sales = new SqlSalesReadModel(db.driver, db.schema);
    expect(await sales.day('2020-01-01')).toEqual({
      day: '2020-01-01',
      orders: 0,
      pizzas: 0,
      revenueCents: 0,
      cancelledOrders: 0,
      cancelledRevenueCents: 0,
    });
    expect(await sales.topPizzas(5, '2020-01-01')).toEqual([]);
    expect(await sales.customer('nobody')).toBeUndefined();
  });

  it('leaves a cancelled sale out of every figure and counts it apart, once', async () => {
    const sales = new SqlSalesReadModel(db.driver, db.schema);
    await sales.record(sale('e-20', '2024-07-01', 'daisy', [margherita]));
    await sales.record(sale('e-21', '2024-07-01', 'daisy', [pepperoni, pepperoni]));
    expect(await sales.cancel({ eventId: 'c-21', orderId: 'o-e-21' })).toBe(true);
    expect(await sales.cancel({ eventId: 'c-21', orderId: 'o-e-21' })).toBe(false);

    expect(await sales.day('2024-07-01')).toEqual({
      day: '2024-07-01',
      orders: 1,
      pizzas: 1,
      revenueCents: 850,
      cancelledOrders: 1,
      cancelledRevenueCents: 2200,
    });
    expect(await sales.topPizzas(5, '2024-07-01')).toEqual([
      { pizzaId: 'margherita', pizzaName: 'Margherita', quantity: 1, revenueCents: 850 },
    ]);
    expect(await sales.customer('daisy')).toEqual({
      customerKey: 'daisy',
      customerName: 'DAISY',
      orders: 1,
      revenueCents: 850,
    });
  });

  it('remembers a cancellation recorded before its sale', async () => {
    const sales = new SqlSalesReadModel(db.driver, db.schema);
    await sales.cancel({ eventId: 'c-30', orderId: 'o-e-30' });
    await sales.record(sale('e-30', '2024-08-01', 'bowser', [margherita]));
    expect(await sales.day('2024-08-01')).toMatchObject({ orders: 0, revenueCents: 0, cancelledOrders: 1 });
    expect(await sales.customer('bowser')).toBeUndefined();
  });
});
