// Code quoted in docs/unit-of-work.md; compiled by `pnpm typecheck`.
import { strict as assert } from 'node:assert';
import {
  AfterCommitTransactions,
  ConcurrencyError,
  UnitOfWork,
  UnitOfWorkClosedError,
  consoleLogger,
  createGlia,
  inMemoryPersistence,
  repositoryToken,
  type CommandDefinition,
  type Glia,
  type InputOf,
  type Mediator,
  type ResultOf,
} from '@glia/core';
import { Order } from './domain/order.aggregate.js';

// #region script
/** A script or job: open a scope, work through its repositories, commit once. */
export async function importOrder(glia: Glia): Promise<void> {
  const scope = glia.openScope({ correlationId: 'import-2025-01-01' });
  const orders = scope.get(repositoryToken(Order)); // the Repository<Order> of this scope

  const order = Order.place('order-1', 'customer-7');
  order.addItem('margherita', 2, 850);
  orders.add(order); // tracked: inserted on commit

  const { events, deliveries } = await scope.unitOfWork.commit();
  assert.equal(events.length, 2); // OrderPlaced, ItemAdded
  assert.equal(events[0]?.correlationId, 'import-2025-01-01');
  assert.equal(deliveries.length, 0); // no handler subscribes in this example
  assert.equal(order.version, 2); // persisted; its events are cleared
  assert.equal(order.getUncommittedEvents().length, 0);
}
// #endregion script

// #region scope
/** Everything resolved from one scope shares its unit of work and its tracked aggregates. */
export async function oneScopeOneUnitOfWork(glia: Glia): Promise<void> {
  const scope = glia.openScope();
  assert.equal(scope.get(UnitOfWork), scope.unitOfWork);

  const first = await scope.get(repositoryToken(Order)).get('order-1');
  const again = await scope.get(repositoryToken(Order)).get('order-1');
  assert.equal(first, again); // one instance per aggregate per unit of work

  const other = await glia.openScope().get(repositoryToken(Order)).get('order-1');
  assert.notEqual(first, other); // another scope loads its own copy
}
// #endregion scope

// #region committing
/** While a unit of work commits, its aggregates refuse new events; a new scope takes them. */
export async function raiseWhileCommitting(glia: Glia): Promise<void> {
  const scope = glia.openScope();
  const order = await scope.get(repositoryToken(Order)).get('order-1');
  order.addItem('calzone', 1, 1100);

  const committing = scope.unitOfWork.commit(); // not awaited yet: the commit is under way
  assert.equal(scope.unitOfWork.state, 'committing');
  assert.throws(
    () => order.addItem('tiramisu', 1, 600), // e.g. a callback nobody awaited, firing mid-commit
    (error) => UnitOfWorkClosedError.is(error) && error.state === 'committing',
  );
  await committing;
  assert.equal(scope.unitOfWork.state, 'committed'); // finished: it saves nothing more

  const next = glia.openScope();
  (await next.get(repositoryToken(Order)).get('order-1')).addItem('tiramisu', 1, 600);
  await next.unitOfWork.commit();
}
// #endregion committing

// #region after-commit
/** Work that must wait for the commit: queued inside the transaction, run once it committed. */
export async function afterCommit(): Promise<string[]> {
  const transactions = new AfterCommitTransactions(inMemoryPersistence().transactions, consoleLogger);
  const done: string[] = [];
  const result = await transactions.run(async (tx) => {
    transactions.afterCommit(tx, () => {
      throw new Error('cache unreachable'); // logged as an error; the commit stands
    });
    transactions.afterCommit(tx, () => void done.push('cache warmed'));
    return 'committed';
  });
  assert.equal(result, 'committed'); // a failing callback never turns a commit into a failure
  assert.deepEqual(done, ['cache warmed']); // and the callbacks after it still run
  return done;
}
// #endregion after-commit

// #region conflict
/** Two units of work change the same order: the second commit fails, and saves nothing. */
export async function concurrentChanges(glia: Glia): Promise<void> {
  const alice = glia.openScope();
  const bob = glia.openScope();
  const forAlice = await alice.get(repositoryToken(Order)).get('order-1'); // version 2
  const forBob = await bob.get(repositoryToken(Order)).get('order-1'); // version 2

  forAlice.addItem('calzone', 1, 1100);
  await alice.unitOfWork.commit(); // stored version 2 -> 3

  forBob.confirm();
  await assert.rejects(bob.unitOfWork.commit(), (error) => {
    assert.ok(ConcurrencyError.is(error));
    assert.equal(error.expectedVersion, 2);
    assert.equal(error.actualVersion, 3);
    return true;
  });
  // A failed unit of work is finished: retry the whole operation in a new scope.
  await assert.rejects(bob.unitOfWork.commit(), UnitOfWorkClosedError);
}
// #endregion conflict

// #region retry
/** Retries a command that lost a race: each attempt reloads in a new scope, so it sees the winner's changes. */
export async function sendWithRetry<D extends CommandDefinition>(
  mediator: Mediator,
  command: D,
  input: InputOf<D>,
  attempts = 3,
): Promise<ResultOf<D>> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await mediator.send(command, input);
    } catch (error) {
      if (!ConcurrencyError.is(error) || attempt >= attempts) throw error;
    }
  }
}
// #endregion retry

// #region memory
/** The in-memory adapter, passed explicitly so a test can look inside it. */
export async function inspectMemory(): Promise<void> {
  const persistence = inMemoryPersistence();
  const glia = await createGlia({ persistence, aggregates: [Order] });

  const scope = glia.openScope();
  const order = Order.place('order-9', 'customer-7');
  scope.get(repositoryToken(Order)).add(order);
  order.addItem('margherita', 1, 850);
  await scope.unitOfWork.commit();

  assert.equal(persistence.storeFor(Order).size, 1);
  assert.deepEqual(
    persistence.outbox.events.map((e) => e.eventType),
    ['shop.OrderPlaced.v1', 'shop.ItemAdded.v1'],
  );

  // The store keeps a copy: changing the instance after the commit does not change what is stored.
  order.addItem('calzone', 1, 1100); // raised, never committed
  const stored = await glia.openScope().get(repositoryToken(Order)).get('order-9');
  assert.equal(stored.lines.length, 1);
}
// #endregion memory
