import { describe, expect, it } from '@jest/globals';
import { Container, inject, injectable } from 'inversify';
import {
  ConcurrencyError,
  HandlesEvent,
  createGlia,
  repositoryToken,
  silentLogger,
  type DomainEventHandler,
} from '../index.js';
import { RecordTag } from '../../test/fixtures/record-tag.command.js';
import { RecordTagHandler } from '../../test/fixtures/record-tag.handler.js';
import { TagRecorded } from '../../test/fixtures/tag-recorded.event.js';
import { Tally } from '../../test/fixtures/tally.aggregate.js';

const COMMANDS = 50;

@injectable()
class Received {
  readonly tags: string[] = [];
}

@HandlesEvent(TagRecorded)
class Receiver implements DomainEventHandler<TagRecorded> {
  constructor(@inject(Received) private readonly received: Received) {}
  async handle(event: TagRecorded): Promise<void> {
    this.received.tags.push(event.tag);
  }
}

type Outcome = { readonly tag: string; readonly version?: number; readonly error?: unknown };

describe('concurrent commands on one aggregate (in-memory store)', () => {
  it(`${COMMANDS} concurrent commands: one winner per version, the rest ConcurrencyError, no lost update`, async () => {
    const container = new Container();
    const received = new Received();
    container.bind(Received).toConstantValue(received);
    const glia = await createGlia({
      container,
      aggregates: [Tally],
      commandHandlers: [RecordTagHandler],
      eventHandlers: [Receiver],
      logger: silentLogger,
    });
    const send = (tag: string): Promise<Outcome> =>
      glia.mediator.send(RecordTag, { id: 'tally-1', tag }).then(
        (version) => ({ tag, version }),
        (error: unknown) => ({ tag, error }),
      );

    // Every command loads the tally, yields (RecordTagHandler waits a turn), then records its change.
    let pending = Array.from({ length: COMMANDS }, (_, i) => `change-${i}`);
    const winnersByVersion = new Map<number, string[]>();
    const rounds: Array<{ readonly winners: number; readonly conflicts: number }> = [];
    while (pending.length > 0) {
      const loaded = rounds.length; // every command of this round loaded the version the last round left
      const outcomes = await Promise.all(pending.map(send));
      const winners = outcomes.filter((o) => o.error === undefined);
      const losers = outcomes.filter((o) => o.error !== undefined);
      for (const { error } of losers) {
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error).toMatchObject({ expectedVersion: loaded, actualVersion: loaded + 1 });
      }
      for (const { tag, version } of winners) {
        winnersByVersion.set(version ?? -1, [...(winnersByVersion.get(version ?? -1) ?? []), tag]);
      }
      expect(winners).toHaveLength(1);
      rounds.push({ winners: winners.length, conflicts: losers.length });
      pending = losers.map((o) => o.tag);
    }
    await glia.drain();

    const first = rounds[0];
    console.log(
      `${COMMANDS} concurrent commands: round 1 had ${first?.winners} winner and ${first?.conflicts} ` +
        `ConcurrencyErrors; losers retried in ${rounds.length - 1} more rounds, ` +
        `${rounds.reduce((n, r) => n + r.conflicts, 0)} conflicts in all, ` +
        `${winnersByVersion.size} versions with exactly one winner each`,
    );
    expect(first).toEqual({ winners: 1, conflicts: COMMANDS - 1 });

    // One winner per version, versions 1..50 without a gap.
    const versions = [...winnersByVersion.keys()].sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: COMMANDS }, (_, i) => i + 1));
    expect([...winnersByVersion.values()].every((tags) => tags.length === 1)).toBe(true);

    // No lost update: the stored tally holds all 50 changes, in the order they won.
    const tally = await glia.openScope().get(repositoryToken(Tally)).get('tally-1');
    const inWinningOrder = versions.map((v) => winnersByVersion.get(v)?.[0]);
    expect(tally.version).toBe(COMMANDS);
    expect(tally.tags).toEqual(inWinningOrder);
    expect(new Set(tally.tags).size).toBe(COMMANDS);

    // The committed events are contiguous, and each was dispatched exactly once.
    const stored = (await glia.deliveries.list()).map((d) => d.event as TagRecorded);
    expect(stored.map((e) => e.aggregateVersion)).toEqual(versions);
    expect(stored.map((e) => e.tag)).toEqual(inWinningOrder);
    expect(received.tags).toEqual(inWinningOrder);
  });
});
