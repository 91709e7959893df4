import { describe, expect, it } from '@jest/globals';
import { inMemoryPersistence } from '../index.js';
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
});
