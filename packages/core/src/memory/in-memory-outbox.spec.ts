import { describe, expect, it } from '@jest/globals';
import { TagRecorded } from '../../test/fixtures/tag-recorded.event.js';
import { InMemoryOutbox, InMemoryTransaction, type Delivery } from '../index.js';

const pending = (id: string): Delivery => ({
  id,
  event: new TagRecorded(id),
  handler: 'Tags',
  status: 'pending',
  attempts: 0,
  availableAt: new Date(1_000),
});

async function outboxWith(...deliveries: Delivery[]): Promise<InMemoryOutbox> {
  const outbox = new InMemoryOutbox();
  const tx = new InMemoryTransaction();
  await outbox.append(tx, { events: [], deliveries });
  tx.commit();
  return outbox;
}

describe('InMemoryOutbox delivery records', () => {
  it('lists copies: changing a listed delivery, or the delivery appended, does not change the store', async () => {
    const appended = pending('d-1');
    const outbox = await outboxWith(appended);
    const [listed] = (await outbox.list()) as unknown as Array<{ status: string; attempts: number; availableAt: Date }>;
    if (listed === undefined) throw new Error('nothing listed');
    listed.status = 'completed';
    listed.attempts = 9;
    listed.availableAt.setTime(5_000);
    (appended as { attempts: number }).attempts = 7;
    expect(await outbox.list()).toMatchObject([{ id: 'd-1', status: 'pending', attempts: 0 }]);
    expect((await outbox.list())[0]?.availableAt.getTime()).toBe(1_000);
  });

  it('leaves a delivery listed before it completed as it was, and lists the completed one', async () => {
    const outbox = await outboxWith(pending('d-1'), pending('d-2'));
    const before = await outbox.list();
    await outbox.complete('d-1', 1);
    expect(before[0]).toMatchObject({ status: 'pending', attempts: 0 });
    expect(before[0]?.finishedAt).toBeUndefined();
    const after = await outbox.list();
    expect(after.map((d) => [d.id, d.status])).toEqual([
      ['d-1', 'completed'],
      ['d-2', 'pending'],
    ]);
    expect(after[0]?.finishedAt).toBeInstanceOf(Date);
  });

  it('revives a dead delivery in its place, with no attempts, keeping its last error', async () => {
    const outbox = await outboxWith(pending('d-1'), pending('d-2'));
    await outbox.markDead('d-1', 5, 'Error: gave up');
    const [revived] = await outbox.retryDead();
    expect(revived).toMatchObject({ id: 'd-1', status: 'pending', attempts: 0, lastError: 'Error: gave up' });
    expect(revived?.finishedAt).toBeUndefined();
    expect((await outbox.list()).map((d) => d.id)).toEqual(['d-1', 'd-2']);
    expect(await outbox.list({ status: 'dead' })).toEqual([]);
  });
});
