import { describe, expect, it } from '@jest/globals';
import { InMemoryOutbox, InMemoryTransaction, inMemoryPersistence, type CloudEvent } from '../index.js';
import { RecordTag } from '../../test/fixtures/record-tag.command.js';
import { RecordTagHandler } from '../../test/fixtures/record-tag.handler.js';
import { Tally } from '../../test/fixtures/tally.aggregate.js';
import { createGlia, HandlesEvent, silentLogger, type DomainEventHandler } from '../index.js';
import { TagRecorded } from '../../test/fixtures/tag-recorded.event.js';

@HandlesEvent(TagRecorded)
class Ignores implements DomainEventHandler<TagRecorded> {
  async handle(): Promise<void> {}
}

describe('InMemoryOutbox retention', () => {
  it('keeps only the newest completed deliveries and events, so memory stays bounded', async () => {
    const persistence = inMemoryPersistence({ retain: 5 });
    const glia = await createGlia({
      persistence,
      aggregates: [Tally],
      commandHandlers: [RecordTagHandler],
      eventHandlers: [Ignores],
      logger: silentLogger,
    });
    for (let i = 0; i < 12; i += 1) await glia.mediator.send(RecordTag, { id: 't-1', tag: `tag-${i}` });
    await glia.drain();
    const completed = await glia.deliveries.list({ status: 'completed' });
    expect(completed.map((d) => (d.event as TagRecorded).tag)).toEqual(['tag-7', 'tag-8', 'tag-9', 'tag-10', 'tag-11']);
    expect(persistence.outbox.events.map((e) => (e as TagRecorded).tag)).toEqual([
      'tag-7',
      'tag-8',
      'tag-9',
      'tag-10',
      'tag-11',
    ]);
  });

  it('keeps only the newest sent integration events, and a relay pass reads only the unsent ones', async () => {
    const outbox = new InMemoryOutbox(3);
    const message = (n: number): CloudEvent => ({ specversion: '1.0', id: `m-${n}`, source: '/test', type: 'test.v1' });
    const tx = new InMemoryTransaction();
    await outbox.append(tx, { events: [], deliveries: [], messages: Array.from({ length: 10 }, (_, n) => message(n)) });
    tx.commit();
    // Sent out of commit order, as a relay that deferred some events would.
    await outbox.markMessagesSent(['m-1', 'm-0', 'm-3', 'm-2', 'm-5', 'm-4', 'm-6']);
    const ids = (events: readonly CloudEvent[]): string[] => events.map((e) => e.id);
    expect(ids(await outbox.pendingMessages(2))).toEqual(['m-7', 'm-8']);
    expect(ids(await outbox.pendingMessages(100))).toEqual(['m-7', 'm-8', 'm-9']);
    expect(ids(outbox.messages)).toEqual(['m-4', 'm-5', 'm-6', 'm-7', 'm-8', 'm-9']);
    // A message appended again (a retried commit) while it is still retained is not pending again.
    const again = new InMemoryTransaction();
    await outbox.append(again, { events: [], deliveries: [], messages: [message(6), message(9)] });
    again.commit();
    expect(ids(await outbox.pendingMessages(100))).toEqual(['m-7', 'm-8', 'm-9']);
  });
});
