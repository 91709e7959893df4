import { describe, expect, it } from '@jest/globals';
import { inject, injectable } from 'inversify';
import { z } from 'zod';
import {
  AggregateRoot,
  AggregateType,
  DomainEvent,
  EventType,
  HandlesCommand,
  HandlesEvent,
  InjectRepository,
  createGlia,
  defineCommand,
  inMemoryPersistence,
  silentLogger,
  type CommandHandler,
  type DomainEventHandler,
  type Logger,
  type Persistence,
  type Repository,
} from '../index.js';

@EventType('test.NoteWritten.v1')
class NoteWritten extends DomainEvent {
  constructor(readonly text: string) {
    super();
  }
}

@AggregateType('test.Note')
class Note extends AggregateRoot {
  text = '';
  constructor(readonly id: string) {
    super();
  }
  write(text: string): void {
    this.text = text;
    this.raiseEvent(new NoteWritten(text));
  }
}

const WriteNote = defineCommand(
  'test.WriteNote',
  z.object({ id: z.string(), text: z.string().min(1) }),
).returns<number>();

@HandlesCommand(WriteNote)
class WriteNoteHandler implements CommandHandler<typeof WriteNote> {
  constructor(@InjectRepository(Note) private readonly notes: Repository<Note>) {}
  async execute({ id, text }: { id: string; text: string }): Promise<number> {
    const note = (await this.notes.find(id)) ?? new Note(id);
    if (note.version === 0) this.notes.add(note);
    note.write(text);
    return note.pendingVersion;
  }
}

@injectable()
class Journal {
  readonly lines: string[] = [];
}

@HandlesEvent(NoteWritten)
class JournalHandler implements DomainEventHandler<NoteWritten> {
  constructor(@inject(Journal) private readonly journal: Journal) {}
  async handle(event: NoteWritten): Promise<void> {
    this.journal.lines.push(`${event.aggregateId}@${event.aggregateVersion}: ${event.text}`);
  }
}

describe('createGlia', () => {
  it('runs a command through the container, commits, then dispatches to handlers', async () => {
    const glia = await createGlia({
      aggregates: [Note],
      commandHandlers: [WriteNoteHandler],
      eventHandlers: [JournalHandler],
      logger: silentLogger,
    });
    glia.container.bind(Journal).toSelf().inSingletonScope();
    expect(await glia.mediator.send(WriteNote, { id: 'n-1', text: 'hello' })).toBe(1);
    expect(await glia.mediator.send(WriteNote, { id: 'n-1', text: 'again' })).toBe(2);
    await glia.drain();
    expect(glia.container.get(Journal).lines).toEqual(['n-1@1: hello', 'n-1@2: again']);
    await expect(glia.mediator.send(WriteNote, { id: 'n-1', text: '' })).rejects.toMatchObject({
      code: 'GLIA.VALIDATION',
    });
  });

  describe('a failed createGlia closes the persistence adapter it started', () => {
    // A persistence double that records start and close, and can fail where a real adapter might.
    function recordingPersistence(fail: { start?: Error; dispatcher?: Error; close?: Error }) {
      const calls: string[] = [];
      const inner = inMemoryPersistence();
      const persistence: Persistence = {
        transactions: inner.transactions,
        outbox: inner.outbox,
        deliveries: inner.deliveries,
        storeFor: (aggregate, mapper) => inner.storeFor(aggregate, mapper),
        start: async () => {
          calls.push('start');
          if (fail.start !== undefined) throw fail.start;
        },
        createDispatcher: () => {
          calls.push('createDispatcher');
          throw fail.dispatcher ?? new Error('unexpected');
        },
        close: async () => {
          calls.push('close');
          if (fail.close !== undefined) throw fail.close;
        },
      };
      return { persistence, calls };
    }

    it('when setting up after start fails, closes the adapter, then rethrows', async () => {
      const broken = new Error('worker could not start');
      const { persistence, calls } = recordingPersistence({ dispatcher: broken });
      await expect(createGlia({ persistence, aggregates: [Note], logger: silentLogger })).rejects.toBe(broken);
      expect(calls).toEqual(['start', 'createDispatcher', 'close']);
    });

    it('when start itself fails, closes what the adapter opened', async () => {
      const broken = new Error('migration failed');
      const { persistence, calls } = recordingPersistence({ start: broken });
      await expect(createGlia({ persistence, logger: silentLogger })).rejects.toBe(broken);
      expect(calls).toEqual(['start', 'close']);
    });

    it('rethrows the original error when closing fails too, and logs the close failure', async () => {
      const errors: string[] = [];
      const logger: Logger = { ...silentLogger, error: (message) => void errors.push(message) };
      const broken = new Error('worker could not start');
      const { persistence } = recordingPersistence({ dispatcher: broken, close: new Error('pool gone') });
      await expect(createGlia({ persistence, logger })).rejects.toBe(broken);
      expect(errors).toEqual(['Could not close the persistence adapter after createGlia failed']);
    });
  });
});
