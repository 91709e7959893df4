import type { Scope } from '../di/scope.js';
import type { Transaction } from '../uow/transaction.js';
import type { CloudEvent } from './cloud-event.js';

/** What an integration event handler is given besides the data. */
export type IntegrationEventContext = {
  /** The event as received (after upcasting, of the handled version). */
  readonly event: CloudEvent;
  /** The scope it runs in, when the receiver opens one: its unit of work commits with the inbox record. */
  readonly scope?: Scope;
  /** The transaction it runs in, when the receiver runs on a transaction manager. */
  readonly transaction?: Transaction;
};
