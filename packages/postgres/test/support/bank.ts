import { inject, injectable } from 'inversify';
import { z } from 'zod';
import {
  createGlia,
  defineCommand,
  HandlesCommand,
  InjectRepository,
  silentLogger,
  type CommandHandler,
  type Glia,
  type GliaOptions,
  type Repository,
} from '@glia/core';
import type { PostgresPersistence } from '../../src/index.js';
import { Account, accountMapper } from './fixtures.js';

/** Opens an account. */
export const OpenAccount = defineCommand('test.OpenAccount', z.object({ id: z.string(), owner: z.string() }));
/** Deposits into an account; returns the new version. */
export const Deposit = defineCommand(
  'test.Deposit',
  z.object({ id: z.string(), amount: z.string(), at: z.date().optional() }),
).returns<number>();

@HandlesCommand(OpenAccount)
export class OpenAccountHandler implements CommandHandler<typeof OpenAccount> {
  constructor(@InjectRepository(Account) private readonly accounts: Repository<Account>) {}
  async execute({ id, owner }: { id: string; owner: string }): Promise<void> {
    this.accounts.add(Account.open(id, owner));
  }
}

@HandlesCommand(Deposit)
export class DepositHandler implements CommandHandler<typeof Deposit> {
  constructor(@InjectRepository(Account) private readonly accounts: Repository<Account>) {}
  async execute({ id, amount, at }: { id: string; amount: string; at?: Date | undefined }): Promise<number> {
    const account = await this.accounts.get(id);
    account.deposit(amount, at);
    return account.pendingVersion;
  }
}

/** Collects what handlers saw, in this process. */
@injectable()
export class Seen {
  readonly lines: string[] = [];
}

/** A bank app on `persistence` with the given event handlers. */
export async function bank(
  persistence: PostgresPersistence,
  options: Omit<GliaOptions, 'persistence'> = {},
): Promise<Glia> {
  const glia = await createGlia({
    persistence,
    aggregates: [{ aggregate: Account, mapper: accountMapper }],
    commandHandlers: [OpenAccountHandler, DepositHandler],
    logger: silentLogger,
    ...options,
  });
  if (!glia.container.isBound(Seen)) glia.container.bind(Seen).toSelf().inSingletonScope();
  return glia;
}

export { inject };
