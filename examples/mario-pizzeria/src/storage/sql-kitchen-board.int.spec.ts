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

  it('withdraws a pinned ticket once, and keeps it off when its OrderConfirmed is delivered again', async () => {
    const board = new SqlKitchenBoard(db.driver, db.schema);
    await board.pin(ticket('o-4'));
    expect(await board.withdraw('o-4')).toBe(true);
    expect(await board.withdraw('o-4')).toBe(false);
    expect(await board.pin(ticket('o-4'))).toBe(false);
    expect((await board.tickets()).map((t) => t.orderId)).not.toContain('o-4');
  });

  it('remembers a withdrawal that comes before the ticket, so the late ticket is never pinned', async () => {
    const board = new SqlKitchenBoard(db.driver, db.schema);
    expect(await board.withdraw('o-5')).toBe(true);
    expect(await board.pin(ticket('o-5'))).toBe(false);
    expect((await board.tickets()).map((t) => t.orderId)).not.toContain('o-5');
  });
});
