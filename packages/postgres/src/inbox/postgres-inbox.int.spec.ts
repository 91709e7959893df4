import { expect } from '@jest/globals';
import { describeDrivers } from '../../test/support/test-database.js';
import { DuplicateMessageError } from '@glia/core';

describeDrivers('PostgresInbox', (db, test) => {
  test('runs the work of a message id once and reports the redelivery', async () => {
    const { inbox } = db.persistence({ worker: false });
    await db.driver.exec(`CREATE TABLE "${db.schema}".inbox_effects (message_id text)`);
    const effect = (id: string) =>
      inbox.process('inbox-spec', id, (tx) =>
        tx.query(`INSERT INTO "${db.schema}".inbox_effects VALUES ($1)`, [id]).then(() => undefined),
      );
    expect(await effect('m-1')).toBe(true);
    expect(await effect('m-1')).toBe(false);
    expect(await inbox.hasProcessed('inbox-spec', 'm-1')).toBe(true);
    expect(await inbox.hasProcessed('other-consumer', 'm-1')).toBe(false);
    expect(await db.count('inbox_effects')).toBe(1);
  });

  test('answers false from tryRecord for a message already recorded', async () => {
    const persistence = db.persistence({ worker: false });
    const record = () => persistence.transactions.run((tx) => persistence.inbox.tryRecord('inbox-spec-3', 'm-3', tx));
    expect(await record()).toBe(true);
    expect(await record()).toBe(false);
  });

  test('rolls back the whole transaction when a recorded message comes again', async () => {
    const persistence = db.persistence({ worker: false });
    await persistence.transactions.run((tx) => persistence.inbox.record(tx, 'inbox-spec-2', 'm-2'));
    const again = persistence.transactions.run((tx) => persistence.inbox.record(tx, 'inbox-spec-2', 'm-2'));
    await expect(again).rejects.toBeInstanceOf(DuplicateMessageError);
    await expect(again).rejects.toMatchObject({ code: 'GLIA.DUPLICATE_MESSAGE' });
  });
});
