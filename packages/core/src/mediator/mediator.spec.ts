import { describe, expect, it } from '@jest/globals';
import { inject, injectable } from 'inversify';
import { z } from 'zod';
import {
  HandlerNotFoundError,
  HandlesCommand,
  HandlesQuery,
  InjectRepository,
  UnitOfWork,
  ValidationError,
  createGlia,
  defineCommand,
  defineQuery,
  silentLogger,
  type CommandHandler,
  type MessageContext,
  type PipelineBehavior,
  type QueryHandler,
  type Repository,
} from '../index.js';
import { FaultyPersistence } from '../../test/fixtures/faulty-persistence.js';
import { RecordTag } from '../../test/fixtures/record-tag.command.js';
import { RecordTagHandler } from '../../test/fixtures/record-tag.handler.js';
import { TagRecorded } from '../../test/fixtures/tag-recorded.event.js';
import { Tally } from '../../test/fixtures/tally.aggregate.js';

/** Everything the pipeline did, in order. */
const trace: string[] = [];
const seen: MessageContext[] = [];
/** The persistence of the running test, so behaviours can tell whether the commit happened. */
let current: FaultyPersistence | undefined;

const TagMany = defineCommand(
  'test.TagMany',
  z.object({ ids: z.array(z.string().trim().min(1)).min(1), tag: z.string().trim().min(1) }),
).returns<string[]>();

@HandlesCommand(TagMany)
class TagManyHandler implements CommandHandler<typeof TagMany> {
  constructor(@InjectRepository(Tally) private readonly tallies: Repository<Tally>) {}
  async execute({ ids, tag }: { ids: string[]; tag: string }): Promise<string[]> {
    trace.push('handler');
    for (const id of ids) {
      const tally = (await this.tallies.find(id)) ?? new Tally(id);
      if (tally.version === 0) this.tallies.add(tally);
      tally.record(tag);
    }
    return ids;
  }
}

const TagAndCommit = defineCommand('test.TagAndCommit', z.object({ id: z.string(), tag: z.string() }));

/** Commits its own unit of work, as a handler that must know its writes are saved before it returns may. */
@HandlesCommand(TagAndCommit)
class TagAndCommitHandler implements CommandHandler<typeof TagAndCommit> {
  constructor(
    @InjectRepository(Tally) private readonly tallies: Repository<Tally>,
    @inject(UnitOfWork) private readonly unitOfWork: UnitOfWork,
  ) {}
  async execute({ id, tag }: { id: string; tag: string }): Promise<void> {
    const tally = new Tally(id);
    this.tallies.add(tally);
    tally.record(tag);
    await this.unitOfWork.commit();
  }
}

const PeekTags = defineQuery('test.PeekTags', z.object({ id: z.string() })).returns<string[]>();

/** A misbehaving query handler: it changes the aggregate it reads. Nothing of it may be saved. */
@HandlesQuery(PeekTags)
class PeekTagsHandler implements QueryHandler<typeof PeekTags> {
  constructor(@InjectRepository(Tally) private readonly tallies: Repository<Tally>) {}
  async execute({ id }: { id: string }): Promise<string[]> {
    const tally = await this.tallies.get(id);
    tally.record('written by a query');
    return [...tally.tags];
  }
}

@injectable()
class Outer implements PipelineBehavior {
  async handle(message: MessageContext, next: () => Promise<unknown>): Promise<unknown> {
    trace.push('outer>');
    seen.push(message);
    const result = await next();
    trace.push('<outer');
    return result;
  }
}

@injectable()
class Inner implements PipelineBehavior {
  constructor(@inject(UnitOfWork) private readonly unitOfWork: UnitOfWork) {}
  async handle(message: MessageContext, next: () => Promise<unknown>): Promise<unknown> {
    trace.push(`inner> ${message.kind} ${message.type}`);
    const result = await next();
    // The commit happens inside the pipeline, so the behaviours around it see it done.
    trace.push(
      `<inner scope=${String(this.unitOfWork.context.causationId === message.messageId)} commits=${current?.committed}`,
    );
    return result;
  }
}

async function start() {
  trace.length = 0;
  seen.length = 0;
  const persistence = new FaultyPersistence(() => undefined);
  current = persistence;
  const glia = await createGlia({
    persistence,
    aggregates: [Tally],
    commandHandlers: [TagManyHandler, RecordTagHandler, TagAndCommitHandler],
    queryHandlers: [PeekTagsHandler],
    behaviors: [Outer, Inner],
    logger: silentLogger,
  });
  return { glia, persistence, store: persistence.storeFor(Tally) };
}

describe('Mediator', () => {
  it('refuses bad input with a ValidationError naming the fields, and runs nothing', async () => {
    const { glia, persistence } = await start();
    const error = await glia.mediator.send(TagMany, { ids: ['a', '  '], tag: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual(['ids.1', 'tag']);
    expect((error as ValidationError).message).toContain("command 'test.TagMany'");
    await expect(glia.mediator.query(PeekTags, { id: 7 } as never)).rejects.toMatchObject({ code: 'GLIA.VALIDATION' });
    expect(trace).toEqual([]);
    expect(persistence.started).toBe(0);
  });

  it('throws HandlerNotFoundError for a message nobody handles', async () => {
    const { glia } = await start();
    const Unknown = defineCommand('test.Unknown', z.object({}));
    const UnknownQuery = defineQuery('test.UnknownQuery', z.object({}));
    await expect(glia.mediator.send(Unknown, {})).rejects.toBeInstanceOf(HandlerNotFoundError);
    await expect(glia.mediator.query(UnknownQuery, {})).rejects.toMatchObject({
      code: 'GLIA.HANDLER_NOT_FOUND',
      kind: 'query',
      messageType: 'test.UnknownQuery',
    });
    // A query definition is not a command, even with a handler of the same name.
    const AsCommand = defineCommand('test.PeekTags', z.object({ id: z.string() }));
    await expect(glia.mediator.send(AsCommand, { id: 'a' })).rejects.toMatchObject({ kind: 'command' });
  });

  it('refuses a second handler for one message type', async () => {
    @HandlesCommand(RecordTag)
    class AnotherRecordTagHandler implements CommandHandler<typeof RecordTag> {
      async execute(): Promise<number> {
        return 0;
      }
    }
    await expect(
      createGlia({ commandHandlers: [RecordTagHandler, AnotherRecordTagHandler], logger: silentLogger }),
    ).rejects.toMatchObject({ code: 'GLIA.DUPLICATE_REGISTRATION' });
  });

  it('wraps behaviours around the handler and the commit, in order, each seeing the parsed message', async () => {
    const { glia } = await start();
    const result = await glia.mediator.send(
      TagMany,
      { ids: [' a '], tag: ' x ' },
      { messageId: 'msg-1', correlationId: 'req-1' },
    );
    expect(result).toEqual(['a']);
    expect(trace).toEqual([
      'outer>',
      'inner> command test.TagMany',
      'handler',
      '<inner scope=true commits=1',
      '<outer',
    ]);
    expect(seen).toEqual([
      {
        kind: 'command',
        type: 'test.TagMany',
        messageId: 'msg-1',
        correlationId: 'req-1',
        payload: { ids: ['a'], tag: 'x' },
      },
    ]);
  });

  it('stamps the correlation id and the message id as causation on the events', async () => {
    const { glia, persistence } = await start();
    await glia.mediator.send(TagMany, { ids: ['a'], tag: 'x' }, { messageId: 'msg-1', correlationId: 'req-1' });
    await glia.mediator.send(TagMany, { ids: ['a'], tag: 'y' });
    const [first, second] = persistence.inner.outbox.events;
    expect([first?.correlationId, first?.causationId]).toEqual(['req-1', 'msg-1']);
    expect(second?.correlationId).toBe(second?.causationId);
    expect(second?.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('commits exactly once per command, however many aggregates it changes', async () => {
    const { glia, persistence, store } = await start();
    await glia.mediator.send(TagMany, { ids: ['a', 'b', 'c'], tag: 'x' });
    expect(persistence.committed).toBe(1);
    await glia.mediator.send(TagMany, { ids: ['a', 'b'], tag: 'y' });
    expect(persistence.committed).toBe(2);
    expect((await store.load('a'))?.tags).toEqual(['x', 'y']);
    expect((await store.load('c'))?.tags).toEqual(['x']);
  });

  it('does not fail a command whose handler committed its own unit of work (regression: UNIT_OF_WORK_CLOSED)', async () => {
    const { glia, persistence, store } = await start();
    await expect(glia.mediator.send(TagAndCommit, { id: 'self', tag: 'x' })).resolves.toBeUndefined();
    expect(persistence.committed).toBe(1);
    expect((await store.load('self'))?.tags).toEqual(['x']);
    expect(persistence.inner.outbox.events).toHaveLength(1);
  });

  it('never commits a query, even one whose handler changed an aggregate', async () => {
    const { glia, persistence, store } = await start();
    await glia.mediator.send(TagMany, { ids: ['a'], tag: 'x' });
    await glia.drain();
    trace.length = 0;

    expect(await glia.mediator.query(PeekTags, { id: 'a' })).toEqual(['x', 'written by a query']);
    await glia.drain();
    expect(trace).toEqual(['outer>', 'inner> query test.PeekTags', '<inner scope=true commits=1', '<outer']);
    expect(persistence.started).toBe(1);
    expect((await store.load('a'))?.tags).toEqual(['x']);
    expect(persistence.inner.outbox.events).toHaveLength(1);
  });

  it('passes domain errors through and saves nothing of a command that threw', async () => {
    const { glia, persistence, store } = await start();
    await glia.mediator.send(TagMany, { ids: ['a'], tag: 'x' });
    await expect(glia.mediator.send(TagMany, { ids: ['b', 'a'], tag: 'x' })).rejects.toMatchObject({
      code: 'TALLY.DUPLICATE_TAG',
    });
    expect(persistence.started).toBe(1);
    expect(await store.load('b')).toBeUndefined();
    expect(persistence.inner.outbox.events.map((e) => (e as TagRecorded).tag)).toEqual(['x']);
  });
});
