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
  silentLogger,
  type CommandHandler,
  type DomainEventHandler,
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
});
