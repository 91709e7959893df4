import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { KitchenTicket } from '../kitchen/kitchen-ticket.js';
import { SqlKitchenBoard } from './sql-kitchen-board.js';
import { openReadModelDatabase, PGLITE_TIMEOUT_MS, type ReadModelDatabase } from './testing/read-model-database.js';

let db: ReadModelDatabase;
beforeAll(async () => {
  db = await openReadModelDatabase();
}, PGLITE_TIMEOUT_MS);
afterAll(() => db.driver.close());

const ticket = (orderId: string, customerName = 'Peach'): KitchenTicket => ({
  orderId,
  customerName,
  items: [{ pizzaName: 'Pepperoni', size: 'M', toppings: ['olives'] }],
});

describe('SqlKitchenBoard', () => {
  it('lists pinned tickets in the order they were pinned, items included', async () => {
    const board = new SqlKitchenBoard(db.driver, db.schema);
    await board.pin(ticket('o-2'));
    await board.pin(ticket('o-1', 'Daisy'));
    expect(await board.tickets()).toEqual([ticket('o-2'), ticket('o-1', 'Daisy')]);
  });

  it('keeps the first ticket of an order when its event is delivered again', async () => {
    const board = new SqlKitchenBoard(db.driver, db.schema);
    expect(await board.pin(ticket('o-3'))).toBe(true);
    expect(await board.pin(ticket('o-3', 'Someone else'))).toBe(false);
    expect((await board.tickets()).filter((t) => t.orderId === 'o-3')).toEqual([ticket('o-3')]);
  });
});
