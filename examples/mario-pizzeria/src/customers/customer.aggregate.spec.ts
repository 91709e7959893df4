import { describe, expect, it } from '@jest/globals';
import { InvalidOperationError } from '@glia/core';
import { given, registerGliaMatchers } from '@glia/testing';
import { Customer } from './customer.aggregate.js';
import { CustomerErrorCodes } from './customer.errors.js';
import { customerMapper } from './customer.mapper.js';
import { CustomerContactChanged } from './events/customer-contact-changed.event.js';
import { CustomerOrderClosed } from './events/customer-order-closed.event.js';
import { CustomerOrderStarted } from './events/customer-order-started.event.js';
import { CustomerRegistered } from './events/customer-registered.event.js';

registerGliaMatchers(expect);

const luigi = () => Customer.register('c-1', { name: 'Luigi', email: 'Luigi@Example.com' });
const withOrder = () => {
  const customer = luigi();
  customer.startOrder('o-1');
  return customer;
};

describe('Customer', () => {
  describe('register', () => {
    it('raises CustomerRegistered with the email lower-cased and no phone', () => {
      expect(luigi()).toHaveRaised(CustomerRegistered, { name: 'Luigi', email: 'luigi@example.com', phone: null });
    });

    it('accepts a phone number alone', () => {
      const customer = Customer.register('c-2', { name: ' Peach ', phone: '+39 06 555 0101' });
      expect(customer).toHaveRaised(CustomerRegistered, { name: 'Peach', email: null, phone: '+39 06 555 0101' });
      expect(customer.details).toEqual({ customerId: 'c-2', name: 'Peach', phone: '+39 06 555 0101' });
    });

    it.each([
      ['no email and no phone', { name: 'Toad' }, CustomerErrorCodes.NoContact],
      ['blank email and phone', { name: 'Toad', email: ' ', phone: '' }, CustomerErrorCodes.NoContact],
      ['a malformed email', { name: 'Toad', email: 'toad-at-home' }, CustomerErrorCodes.InvalidEmail],
      ['a phone with letters', { name: 'Toad', phone: 'call me maybe' }, CustomerErrorCodes.InvalidPhone],
      ['a phone too short', { name: 'Toad', phone: '12-34' }, CustomerErrorCodes.InvalidPhone],
      ['a blank name', { name: '  ', email: 'toad@example.com' }, CustomerErrorCodes.NameRequired],
    ])('refuses %s', (_label, input, code) => {
      let thrown: unknown;
      try {
        Customer.register('c-3', input);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidOperationError);
      expect(thrown).toMatchObject({ code });
    });
  });

  describe('changeContact', () => {
    it('raises CustomerContactChanged with the new details and the previous ones', () => {
      given(luigi)
        .when((c) => c.changeContact({ phone: '+39 333 1234567' }))
        .then([new CustomerContactChanged('Luigi', 'luigi@example.com', '+39 333 1234567', 'luigi@example.com', null)]);
    });

    it('removes the email when given null, as long as a phone remains', () => {
      given(() => Customer.register('c-1', { name: 'Luigi', email: 'luigi@example.com', phone: '0612345678' }))
        .when((c) => c.changeContact({ email: null }))
        .thenState((c, events) => {
          expect(c.contact).toEqual({ name: 'Luigi', email: null, phone: '0612345678' });
          expect(events).toHaveRaised(CustomerContactChanged, { email: null, previousEmail: 'luigi@example.com' });
        });
    });

    it('refuses to remove the only way to reach the customer with CUSTOMER.NO_CONTACT', () => {
      given(luigi)
        .when((c) => c.changeContact({ email: null }))
        .thenThrows(InvalidOperationError, CustomerErrorCodes.NoContact);
    });

    it('refuses a malformed new email with CUSTOMER.INVALID_EMAIL', () => {
      given(luigi)
        .when((c) => c.changeContact({ email: 'nope' }))
        .thenThrows(InvalidOperationError, CustomerErrorCodes.InvalidEmail);
    });

    it('raises nothing when nothing changes', () => {
      given(luigi)
        .when((c) => c.changeContact({ name: 'Luigi', email: 'LUIGI@example.com' }))
        .then([]);
    });
  });

  describe('active orders', () => {
    it('startOrder raises CustomerOrderStarted and tracks the order', () => {
      given(luigi)
        .when((c) => c.startOrder('o-1'))
        .then([new CustomerOrderStarted('o-1')]);
    });

    it('startOrder for an order already tracked raises nothing (a redelivered event)', () => {
      given(withOrder)
        .when((c) => c.startOrder('o-1'))
        .then([]);
    });

    it('closeOrder raises CustomerOrderClosed and stops tracking the order', () => {
      given(withOrder)
        .when((c) => c.closeOrder('o-1', 'delivered'))
        .thenState((c, events) => {
          expect(events).toHaveRaised(CustomerOrderClosed, { orderId: 'o-1', outcome: 'delivered' });
          expect(c.activeOrderIds).toEqual([]);
        });
    });

    it('closeOrder for an order not tracked raises nothing', () => {
      given(luigi)
        .when((c) => c.closeOrder('o-9', 'cancelled'))
        .then([]);
    });
  });

  it('survives a round trip through its mapper as JSON', () => {
    const customer = withOrder();
    const restored = customerMapper.fromSnapshot(JSON.parse(JSON.stringify(customerMapper.toSnapshot(customer))));
    expect(restored.toSnapshot()).toEqual(customer.toSnapshot());
    expect(restored.getUncommittedEvents()).toEqual([]);
  });
});
