import { describe, expect, it } from '@jest/globals';
import { AggregateNotFoundError, InvalidOperationError, ValidationError } from '@glia/core';
import { CancelOrder } from '../orders/commands/cancel-order.command.js';
import { PlaceOrder } from '../orders/commands/place-order.command.js';
import { GetOrder } from '../orders/queries/get-order.query.js';
import { oneMargherita, seededPizzeria } from '../testing/seeded-pizzeria.js';
import { ChangeCustomerContact } from './commands/change-customer-contact.command.js';
import { RegisterCustomer } from './commands/register-customer.command.js';
import { CustomerErrorCodes } from './customer.errors.js';
import { GetCustomer } from './queries/get-customer.query.js';

const items = oneMargherita.items;

describe('customer commands', () => {
  it('RegisterCustomer registers a customer GetCustomer then reads', async () => {
    const { glia, mediator } = await seededPizzeria();
    const { customerId } = await mediator.send(RegisterCustomer, { name: 'Peach', phone: '+39 06 555 0101' });
    expect(await mediator.query(GetCustomer, { customerId })).toMatchObject({
      id: customerId,
      name: 'Peach',
      email: null,
      phone: '+39 06 555 0101',
      activeOrderIds: [],
      version: 1,
    });
    await glia.close();
  });

  it('RegisterCustomer refuses input with neither email nor phone, naming the field', async () => {
    const { glia, mediator } = await seededPizzeria();
    const sent = mediator.send(RegisterCustomer, { name: 'Peach' });
    await expect(sent).rejects.toBeInstanceOf(ValidationError);
    await expect(sent).rejects.toMatchObject({ issues: [expect.objectContaining({ path: 'email' })] });
    await glia.close();
  });

  it('RegisterCustomer refuses an email someone registered already with CUSTOMER.ALREADY_REGISTERED', async () => {
    const { glia, mediator } = await seededPizzeria();
    await mediator.send(RegisterCustomer, { name: 'Peach', email: 'peach@example.com' });
    await glia.drain();
    const again = mediator.send(RegisterCustomer, { name: 'Daisy', email: 'PEACH@example.com' });
    await expect(again).rejects.toBeInstanceOf(InvalidOperationError);
    await expect(again).rejects.toMatchObject({ code: CustomerErrorCodes.AlreadyRegistered });
    await glia.close();
  });

  it('PlaceOrder with a customerId places the order for that customer, with their details', async () => {
    const { glia, mediator } = await seededPizzeria();
    const { customerId } = await mediator.send(RegisterCustomer, { name: 'Peach', phone: '0655501010' });
    const placed = await mediator.send(PlaceOrder, { customerId, items });
    expect(placed.customerId).toBe(customerId);
    const order = await mediator.query(GetOrder, { orderId: placed.orderId });
    expect(order.customer).toEqual({ customerId, name: 'Peach', phone: '0655501010' });
    await glia.close();
  });

  it('PlaceOrder with an unknown customerId fails with AggregateNotFoundError', async () => {
    const { glia, mediator } = await seededPizzeria();
    await expect(mediator.send(PlaceOrder, { customerId: 'nobody', items })).rejects.toBeInstanceOf(
      AggregateNotFoundError,
    );
    await glia.close();
  });

  it('PlaceOrder with both a customerId and customer details is refused at the edge', async () => {
    const { glia, mediator } = await seededPizzeria();
    const both = mediator.send(PlaceOrder, { customerId: 'c-1', customer: oneMargherita.customer, items });
    await expect(both).rejects.toBeInstanceOf(ValidationError);
    await glia.close();
  });

  it('PlaceOrder with contact details registers a new customer once and reuses them on the next order', async () => {
    const { glia, mediator } = await seededPizzeria();
    const first = await mediator.send(PlaceOrder, oneMargherita);
    await glia.drain();
    const second = await mediator.send(PlaceOrder, oneMargherita);
    expect(second.customerId).toBe(first.customerId);
    await glia.drain();
    const customer = await mediator.query(GetCustomer, { customerId: first.customerId });
    expect(customer.activeOrderIds).toEqual([first.orderId, second.orderId]);
    await glia.close();
  });

  it('tracks an order as active once placed and forgets it once cancelled', async () => {
    const { glia, mediator } = await seededPizzeria();
    const { orderId, customerId } = await mediator.send(PlaceOrder, oneMargherita);
    await glia.drain();
    expect((await mediator.query(GetCustomer, { customerId })).activeOrderIds).toEqual([orderId]);
    await mediator.send(CancelOrder, { orderId });
    await glia.drain();
    expect((await mediator.query(GetCustomer, { customerId })).activeOrderIds).toEqual([]);
    await glia.close();
  });

  it('ChangeCustomerContact changes the email, and the new one finds the customer on the next order', async () => {
    const { glia, mediator } = await seededPizzeria();
    const { customerId } = await mediator.send(RegisterCustomer, { name: 'Peach', email: 'peach@example.com' });
    await mediator.send(ChangeCustomerContact, { customerId, email: 'princess@example.com', phone: '0655501010' });
    await glia.drain();
    expect(await mediator.query(GetCustomer, { customerId })).toMatchObject({
      email: 'princess@example.com',
      phone: '0655501010',
      version: 2,
    });
    const placed = await mediator.send(PlaceOrder, {
      customer: { name: 'Peach', email: 'princess@example.com' },
      items,
    });
    expect(placed.customerId).toBe(customerId);
    await glia.close();
  });

  it("ChangeCustomerContact refuses another customer's email with CUSTOMER.ALREADY_REGISTERED", async () => {
    const { glia, mediator } = await seededPizzeria();
    const { customerId } = await mediator.send(RegisterCustomer, { name: 'Peach', email: 'peach@example.com' });
    await mediator.send(RegisterCustomer, { name: 'Daisy', email: 'daisy@example.com' });
    await glia.drain();
    await expect(
      mediator.send(ChangeCustomerContact, { customerId, email: 'daisy@example.com' }),
    ).rejects.toMatchObject({
      code: CustomerErrorCodes.AlreadyRegistered,
    });
    expect((await mediator.query(GetCustomer, { customerId })).email).toBe('peach@example.com');
    await glia.close();
  });
});
