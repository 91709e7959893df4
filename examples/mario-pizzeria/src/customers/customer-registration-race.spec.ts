import { describe, expect, it } from '@jest/globals';
import { ConcurrencyError, InvalidOperationError, repositoryToken, type Glia } from '@glia/core';
import { sendWithRetry } from '../http/send-with-retry.js';
import { PlaceOrder } from '../orders/commands/place-order.command.js';
import { oneMargherita, seededPizzeria } from '../testing/seeded-pizzeria.js';
import { ChangeCustomerContact } from './commands/change-customer-contact.command.js';
import { RegisterCustomer } from './commands/register-customer.command.js';
import { ContactClaim } from './contact-claim.aggregate.js';
import { contactClaimId } from './contact-claim-id.js';
import { Customer } from './customer.aggregate.js';
import { CustomerErrorCodes } from './customer.errors.js';
import { GetCustomer } from './queries/get-customer.query.js';

/** The ids of every customer registered so far, from the directory projection's deliveries. */
async function registeredCustomers(glia: Glia): Promise<string[]> {
  await glia.drain();
  const deliveries = await glia.deliveries.list({ handler: 'pizzeria.customers.DirectoryProjection' });
  return deliveries
    .filter((d) => d.event.eventType === 'pizzeria.customers.CustomerRegistered.v1')
    .map((d) => d.event.aggregateId as string);
}

describe('registering a customer while another command registers the same email', () => {
  it('two simultaneous first orders with one new email, each sent again if it lost the race, make one customer with both orders', async () => {
    const { glia, mediator } = await seededPizzeria();
    const placed = await Promise.all([
      sendWithRetry(mediator, PlaceOrder, oneMargherita),
      sendWithRetry(mediator, PlaceOrder, oneMargherita),
    ]);

    const customers = await registeredCustomers(glia);
    expect(customers).toHaveLength(1);
    expect(placed.map((p) => p.customerId)).toEqual([customers[0], customers[0]]);
    const customer = await mediator.query(GetCustomer, { customerId: customers[0] as string });
    expect([...customer.activeOrderIds].sort()).toEqual(placed.map((p) => p.orderId).sort());
    await glia.close();
  });

  it('without a retry, the order that lost the race fails with a ConcurrencyError and registers nobody', async () => {
    const { glia, mediator } = await seededPizzeria();
    const results = await Promise.allSettled([
      mediator.send(PlaceOrder, oneMargherita),
      mediator.send(PlaceOrder, oneMargherita),
    ]);

    for (const result of results) {
      if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(ConcurrencyError);
    }
    const customers = await registeredCustomers(glia);
    expect(customers).toHaveLength(1);
    const fulfilled = results.filter((r) => r.status === 'fulfilled').map((r) => r.value.customerId);
    expect(fulfilled.every((id) => id === customers[0])).toBe(true);
    await glia.close();
  });

  it('two simultaneous RegisterCustomer with one email register one customer; the other is refused', async () => {
    const { glia, mediator } = await seededPizzeria();
    const results = await Promise.allSettled([
      sendWithRetry(mediator, RegisterCustomer, { name: 'Peach', email: 'peach@example.com' }),
      sendWithRetry(mediator, RegisterCustomer, { name: 'Daisy', email: 'PEACH@example.com' }),
    ]);

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [refused] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(InvalidOperationError);
    expect(refused?.reason).toMatchObject({ code: CustomerErrorCodes.AlreadyRegistered });
    expect(await registeredCustomers(glia)).toHaveLength(1);
    await glia.close();
  });

  it('frees an email given up by ChangeCustomerContact at once, and holds the new one at once, before any handler ran', async () => {
    const { glia, mediator } = await seededPizzeria();
    const { customerId } = await mediator.send(RegisterCustomer, { name: 'Peach', email: 'peach@example.com' });
    await mediator.send(ChangeCustomerContact, { customerId, email: 'princess@example.com' });

    await expect(
      mediator.send(RegisterCustomer, { name: 'Daisy', email: 'princess@example.com' }),
    ).rejects.toMatchObject({ code: CustomerErrorCodes.AlreadyRegistered });
    const daisy = await mediator.send(RegisterCustomer, { name: 'Daisy', email: 'peach@example.com' });
    expect(daisy.customerId).not.toBe(customerId);
    await glia.close();
  });

  it('finds a customer registered before contact claims existed through the directory, and claims the email for them', async () => {
    const { glia, mediator } = await seededPizzeria();
    const scope = glia.openScope();
    scope.get(repositoryToken(Customer)).add(Customer.register('legacy-1', oneMargherita.customer));
    await scope.unitOfWork.commit();
    await glia.drain();

    const placed = await mediator.send(PlaceOrder, oneMargherita);
    expect(placed.customerId).toBe('legacy-1');
    const claims = glia.openScope().get(repositoryToken(ContactClaim));
    expect((await claims.get(contactClaimId(oneMargherita.customer.email))).customerId).toBe('legacy-1');
    await glia.close();
  });
});
