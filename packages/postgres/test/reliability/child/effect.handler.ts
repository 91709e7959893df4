import { inject } from 'inversify';
import { HandlesEvent, UnitOfWork, type DomainEventHandler } from '@glia/core';
import { PostgresTransaction } from '../../../src/postgres-transaction.js';
import { AccountOpened, Deposited } from '../../support/fixtures.js';

/** Where the effect handler writes, and when (if ever) it kills its own process. */
export type EffectSettings = {
  /** The quoted schema of the test. */
  readonly schema: string;
  /** Chance, at each of three points of every delivery, that the process SIGKILLs itself. */
  readonly killRate: number;
};

/** Bound in the child's container. */
export const EFFECT_SETTINGS = Symbol('EffectSettings');

function maybeDie(rate: number): void {
  if (rate > 0 && Math.random() < rate) process.kill(process.pid, 'SIGKILL');
}

/**
 * Writes one effect row per event in the handler's own transaction (with the delivery's completion),
 * and logs every run outside it. Explicit `@inject`: the child bundle has no decorator metadata.
 */
@HandlesEvent(AccountOpened, Deposited, { name: 'rel.effect', retry: { maxAttempts: 100, initialDelayMs: 10 } })
export class EffectHandler implements DomainEventHandler<AccountOpened | Deposited> {
  constructor(
    @inject(UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(EFFECT_SETTINGS) private readonly settings: EffectSettings,
  ) {}

  async handle(event: AccountOpened | Deposited): Promise<void> {
    const { schema, killRate } = this.settings;
    maybeDie(killRate); // before the handler's work
    this.unitOfWork.enlist(async (tx) => {
      await PostgresTransaction.from(tx).query(
        `INSERT INTO ${schema}.effects (event_id, aggregate_id, version, pid) VALUES ($1, $2, $3, $4)`,
        [event.eventId, event.aggregateId, event.aggregateVersion, process.pid],
      );
      maybeDie(killRate); // after the effect, before the completion commits
    });
    maybeDie(killRate); // inside the handler
  }
}
