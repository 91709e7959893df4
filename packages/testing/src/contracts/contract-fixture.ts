import type { AggregateMapper, AggregateRegistration, EventClass } from '@glia/core';
import { AccountOpened } from './fixture/account-opened.event.js';
import { ContractAccount } from './fixture/contract-account.aggregate.js';
import { ContractCustomer } from './fixture/contract-customer.aggregate.js';
import { contractAccountMapper, contractCustomerMapper } from './fixture/contract-mappers.js';
import { CustomerRenamed } from './fixture/customer-renamed.event.js';
import { MoneyDeposited } from './fixture/money-deposited.event.js';

/**
 * What the contract suites store, handed to the adapter's factory so a durable adapter can prepare
 * for it (register the event classes it must restore, create tables). Use it, or ignore it.
 */
export type ContractFixture = {
  /** The aggregate classes the suites store, each with the mapper the suites pass to `storeFor`. */
  readonly aggregates: readonly AggregateRegistration[];
  /** Every event class the suites raise, which `DeliveryStore.list` must restore. */
  readonly events: readonly EventClass[];
};

/** The fixture every contract suite uses. */
export const contractFixture: ContractFixture = {
  aggregates: [
    { aggregate: ContractAccount, mapper: contractAccountMapper as AggregateMapper<ContractAccount> },
    { aggregate: ContractCustomer, mapper: contractCustomerMapper as AggregateMapper<ContractCustomer> },
  ],
  events: [AccountOpened, MoneyDeposited, CustomerRenamed],
};
