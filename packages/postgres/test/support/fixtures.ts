import { AggregateRoot, AggregateType, DomainEvent, EventType, type AggregateMapper } from '@glia/core';

/** A value object: an amount of money as an exact decimal string. */
export class Money {
  constructor(
    readonly amount: string,
    readonly currency: string,
  ) {}
}

/** A nested value object. */
export class Address {
  constructor(
    readonly street: string,
    readonly city: { readonly name: string; readonly zip: string },
  ) {}
}

@EventType('test.AccountOpened.v1')
export class AccountOpened extends DomainEvent {
  constructor(
    readonly owner: string,
    readonly openedOn: Date,
  ) {
    super();
  }
}

@EventType('test.Deposited.v1')
export class Deposited extends DomainEvent {
  constructor(
    readonly amount: string,
    readonly at: Date,
  ) {
    super();
  }
}

/** A state-based aggregate with dates, decimals and nested value objects. */
@AggregateType('test.Account')
export class Account extends AggregateRoot {
  balance = new Money('0.00', 'EUR');
  deposits: Date[] = [];
  address: Address | undefined;

  constructor(
    readonly id: string,
    readonly owner: string,
    readonly openedOn: Date,
  ) {
    super();
  }

  static open(id: string, owner: string, openedOn = new Date()): Account {
    const account = new Account(id, owner, openedOn);
    account.raiseEvent(new AccountOpened(owner, openedOn));
    return account;
  }

  deposit(amount: string, at = new Date()): void {
    const cents = BigInt(this.balance.amount.replace('.', '')) + BigInt(amount.replace('.', ''));
    const text = cents.toString().padStart(3, '0');
    this.balance = new Money(`${text.slice(0, -2)}.${text.slice(-2)}`, this.balance.currency);
    this.deposits.push(at);
    this.raiseEvent(new Deposited(amount, at));
  }

  moveTo(address: Address): void {
    this.address = address;
  }
}

type AccountSnapshot = {
  id: string;
  owner: string;
  openedOn: Date;
  balance: { amount: string; currency: string };
  deposits: Date[];
  address?: { street: string; city: { name: string; zip: string } };
};

/** The explicit mapper of `Account`. */
export const accountMapper: AggregateMapper<Account, AccountSnapshot> = {
  toSnapshot: (a) => ({
    id: a.id,
    owner: a.owner,
    openedOn: a.openedOn,
    balance: { amount: a.balance.amount, currency: a.balance.currency },
    deposits: a.deposits,
    ...(a.address !== undefined && { address: { street: a.address.street, city: { ...a.address.city } } }),
  }),
  fromSnapshot: (s) => {
    const a = new Account(s.id, s.owner, s.openedOn);
    a.balance = new Money(s.balance.amount, s.balance.currency);
    a.deposits = s.deposits;
    if (s.address !== undefined) a.address = new Address(s.address.street, s.address.city);
    return a;
  },
};
