import { Command, CommanderError, Option } from 'commander';
import { describeError } from '@glia/core';
import { CliError, ExitCode } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import type { DatabaseOptions } from './database/open-database.js';
import { dlqListCommand, dlqRedriveCommand, dlqShowCommand } from './commands/dlq.command.js';
import { migrateCommand } from './commands/migrate.command.js';
import { outboxParkedCommand } from './commands/outbox-parked.command.js';
import { outboxPurgeCommand } from './commands/outbox-purge.command.js';
import { outboxRetryCommand, type RetryOptions } from './commands/outbox-retry.command.js';
import { outboxStatusCommand } from './commands/outbox-status.command.js';
import { parsePositiveInt, parseTime } from './output/parse-time.js';

type GlobalFlags = { database?: string; schema: string };

/**
 * Runs `glia` with `argv` (the arguments after the program name) on the given streams and resolves
 * with the exit code; it never calls `process.exit`, so tests run it in-process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with code 0; every parse error is a usage error.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (CliError.is(error)) {
      io.stderr.write(`glia: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`glia: ${describeError(error)}\n`);
    return ExitCode.failed;
  }
}

function buildProgram(io: CliIo): Command {
  const program = new Command('glia')
    .description("Operate a Glia application's outbox and dead-letter queues.")
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
    })
    .exitOverride()
    .showHelpAfterError('(run glia --help for usage)')
    .option('-d, --database <url|dir>', 'postgres:// URL or PGlite data directory (default: $DATABASE_URL)')
    .option('-s, --schema <name>', "schema of Glia's tables", 'glia');
  const db = (command: Command): GlobalFlags => command.optsWithGlobals<GlobalFlags>();

  program
    .command('migrate')
    .description('apply pending migrations to the schema')
    .action((_options, command: Command) => migrateCommand(io, db(command)));

  const outbox = program.command('outbox').description('inspect and repair delivery records and integration events');
  outbox
    .command('status')
    .description(
      'pending, failed, dead and completed deliveries per handler, the oldest pending age, and unsent integration events',
    )
    .option('--json', 'print JSON for scripts (the handler array)')
    .option('--integration-events', 'with --json: print { handlers, integrationEvents } instead of the handler array')
    .addOption(
      new Option('-w, --watch [seconds]', 'refresh every few seconds until interrupted').argParser((v) =>
        parsePositiveInt(v, '--watch'),
      ),
    )
    .action((options: { json?: boolean; integrationEvents?: boolean; watch?: number | true }, command: Command) =>
      outboxStatusCommand(io, {
        ...db(command),
        ...(options.json === true && { json: true }),
        ...(options.integrationEvents === true && { integrationEvents: true }),
        ...(options.watch !== undefined && { watch: options.watch === true ? 2 : options.watch }),
      }),
    );
  outbox
    .command('parked')
    .description('integration events the receiver rejected for good (parked by the relay), oldest first')
    .option('--limit <n>', 'how many', (v) => parsePositiveInt(v, '--limit'), 20)
    .option('--json', 'print JSON for scripts')
    .action((options: { limit: number; json?: boolean }, command: Command) =>
      outboxParkedCommand(io, { ...db(command), ...options }),
    );
  outbox
    .command('retry')
    .description(
      'send dead deliveries back to pending (handlers run them again), or re-drive parked integration events',
    )
    .option('--dead', 'retry dead deliveries')
    .option('--parked', 'make parked integration events due again (the relay sends them)')
    .option('--handler <name>', 'with --dead: only this handler')
    .option('--since <when>', 'with --dead: only those that died since (30m, 36h, 7d, or an ISO date)', (v) =>
      parseTime(v, '--since'),
    )
    .option('--limit <n>', 'with --dead: at most this many', (v) => parsePositiveInt(v, '--limit'))
    .option('--id <ids...>', 'with --parked: only the integration events with these ids')
    .option('-y, --yes', 'do not ask for confirmation')
    .action((options: Omit<RetryOptions, keyof DatabaseOptions>, command: Command) =>
      outboxRetryCommand(io, { ...db(command), ...options }),
    );
  outbox
    .command('purge')
    .description(
      'delete completed deliveries, sent integration events and the events nothing needs any more, in small batches',
    )
    .requiredOption('--completed-before <when>', 'finished or sent before (7d, 36h, or an ISO date)', (v) =>
      parseTime(v, '--completed-before'),
    )
    .option('--batch-size <n>', 'rows per DELETE', (v) => parsePositiveInt(v, '--batch-size'))
    .option('-y, --yes', 'do not ask for confirmation')
    .option('--json', 'print what was deleted as JSON for scripts')
    .action((options: { completedBefore: Date; batchSize?: number; yes?: boolean; json?: boolean }, command: Command) =>
      outboxPurgeCommand(io, { ...db(command), ...options }),
    );

  const dlq = program
    .command('dlq')
    .description('RabbitMQ dead-letter queues of Glia consumers')
    .option('--amqp <url>', 'broker URL (default: $AMQP_URL or the local broker)');
  const amqp = (command: Command): { amqp?: string } => command.optsWithGlobals<{ amqp?: string }>();
  dlq
    .command('list')
    .description('messages waiting in the dead-letter queue of each consumer queue')
    .argument('<queues...>', 'consumer queue names')
    .option('--json', 'print JSON for scripts')
    .action((queues: string[], options: { json?: boolean }, command: Command) =>
      dlqListCommand(io, queues, { ...amqp(command), ...options }),
    );
  dlq
    .command('show')
    .description('the first dead letters of a queue with their reason (they stay in the queue)')
    .argument('<queue>', 'consumer queue name')
    .option('--limit <n>', 'how many', (v) => parsePositiveInt(v, '--limit'), 20)
    .option('--json', 'print JSON for scripts')
    .action((queue: string, options: { limit: number; json?: boolean }, command: Command) =>
      dlqShowCommand(io, queue, { ...amqp(command), ...options }),
    );
  dlq
    .command('redrive')
    .description('move dead letters back to their queue with a fresh attempt count')
    .argument('<queue>', 'consumer queue name')
    .option('--limit <n>', 'at most this many', (v) => parsePositiveInt(v, '--limit'))
    .option('-y, --yes', 'do not ask for confirmation')
    .action((queue: string, options: { limit?: number; yes?: boolean }, command: Command) =>
      dlqRedriveCommand(io, queue, { ...amqp(command), ...options }),
    );
  return program;
}
