import { describeError } from '@glia/core';
import { GliaHeaders, fromAmqpMessage, queueTopology, redriveDeadLetters } from '@glia/rabbitmq';
import { connect, type ChannelModel, type GetMessage } from 'amqplib';
import { CliError, ExitCode } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { confirm } from '../output/confirm.js';
import { redactUrl } from '../output/redact-url.js';
import { renderTable } from '../output/table.js';

/** Which broker the `dlq` commands talk to. */
export type BrokerOptions = { readonly amqp?: string };

/** One dead letter as `glia dlq show` prints it. */
export type DeadLetterView = {
  readonly id: string | undefined;
  readonly type: string | undefined;
  readonly reason: string | undefined;
  readonly error: string | undefined;
  readonly attempts: number | undefined;
  readonly deadLetteredAt: string | undefined;
};

const DEFAULT_AMQP_URL = 'amqp://guest:guest@127.0.0.1:5672';

/** `glia dlq list <queue…>`: messages waiting in each consumer queue's dead-letter queue. */
export async function dlqListCommand(
  io: CliIo,
  queues: readonly string[],
  options: BrokerOptions & { json?: boolean },
) {
  const rows = await withBroker(io, options, async (model) => {
    const counts: Array<{ queue: string; deadLetterQueue: string; messages: number | null }> = [];
    for (const queue of queues) {
      const { deadLetterQueue } = queueTopology(queue, 0);
      counts.push({ queue, deadLetterQueue, messages: (await messageCount(model, deadLetterQueue)) ?? null });
    }
    return counts;
  });
  if (options.json === true) io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else
    io.stdout.write(
      renderTable(
        ['QUEUE', 'DEAD-LETTER QUEUE', 'MESSAGES'],
        rows.map((r) => [r.queue, r.deadLetterQueue, r.messages === null ? 'missing' : String(r.messages)]),
      ),
    );
}

/** `glia dlq show <queue>`: the first dead letters with their reason and error; they stay in the queue. */
export async function dlqShowCommand(
  io: CliIo,
  queue: string,
  options: BrokerOptions & { limit: number; json?: boolean },
) {
  const views = await withBroker(io, options, async (model) => {
    const { deadLetterQueue } = queueTopology(queue, 0);
    await checkExists(model, deadLetterQueue);
    const channel = await model.createChannel();
    const taken: GetMessage[] = [];
    for (let i = 0; i < options.limit; i += 1) {
      const message = await channel.get(deadLetterQueue, { noAck: false });
      if (message === false) break;
      taken.push(message);
    }
    // Read-only: every message goes back, in its place.
    channel.nackAll(true);
    await channel.close();
    return taken.map(viewOf);
  });
  if (options.json === true) {
    io.stdout.write(`${JSON.stringify(views, null, 2)}\n`);
    return;
  }
  if (views.length === 0) {
    io.stdout.write(`The dead-letter queue of '${queue}' is empty.\n`);
    return;
  }
  io.stdout.write(
    renderTable(
      ['ID', 'TYPE', 'REASON', 'ATTEMPTS', 'DEAD SINCE', 'ERROR'],
      views.map((v) => [
        v.id ?? '-',
        v.type ?? '-',
        v.reason ?? '-',
        v.attempts === undefined ? '-' : String(v.attempts),
        v.deadLetteredAt ?? '-',
        (v.error ?? '-').slice(0, 80),
      ]),
    ),
  );
}

/** `glia dlq redrive <queue>`: moves dead letters back to their queue with a fresh attempt count. */
export async function dlqRedriveCommand(
  io: CliIo,
  queue: string,
  options: BrokerOptions & { limit?: number; yes?: boolean },
): Promise<void> {
  const url = urlOf(io, options);
  const waiting = await withBroker(io, options, async (model) => {
    const { deadLetterQueue } = queueTopology(queue, 0);
    return checkExists(model, deadLetterQueue);
  });
  const count = options.limit === undefined ? waiting : Math.min(options.limit, waiting);
  if (count === 0) {
    io.stdout.write(`The dead-letter queue of '${queue}' is empty.\n`);
    return;
  }
  await confirm(io, `Move ${count} dead letter${count === 1 ? '' : 's'} back to '${queue}'?`, options.yes === true);
  const moved = await redriveDeadLetters({ url, queue, limit: count });
  io.stdout.write(`Moved ${moved} dead letter${moved === 1 ? '' : 's'} back to '${queue}'.\n`);
}

function viewOf(message: GetMessage): DeadLetterView {
  const headers = (message.properties.headers ?? {}) as Record<string, unknown>;
  let id = message.properties.messageId as string | undefined;
  let type = message.properties.type as string | undefined;
  try {
    const event = fromAmqpMessage(message);
    id = event.id;
    type = event.type;
  } catch {
    // Poison is shown with what the AMQP properties say.
  }
  const text = (name: string): string | undefined => (headers[name] === undefined ? undefined : String(headers[name]));
  const attempts = headers[GliaHeaders.attempts];
  return {
    id,
    type,
    reason: text(GliaHeaders.reason),
    error: text(GliaHeaders.error),
    attempts: attempts === undefined ? undefined : Number(attempts),
    deadLetteredAt: text(GliaHeaders.deadLetteredAt),
  };
}

// The messages waiting in `queue`, or undefined if there is no such queue.
async function messageCount(model: ChannelModel, queue: string): Promise<number | undefined> {
  // A missing queue closes the channel: one channel per check.
  const channel = await model.createChannel();
  channel.on('error', () => undefined);
  try {
    return (await channel.checkQueue(queue)).messageCount;
  } catch {
    return undefined;
  } finally {
    await channel.close().catch(() => undefined);
  }
}

async function checkExists(model: ChannelModel, queue: string): Promise<number> {
  const count = await messageCount(model, queue);
  if (count === undefined) {
    throw new CliError('CLI.NO_QUEUE', `There is no queue '${queue}' on the broker.`, ExitCode.failed);
  }
  return count;
}

function urlOf(io: CliIo, options: BrokerOptions): string {
  return options.amqp ?? io.env['AMQP_URL'] ?? DEFAULT_AMQP_URL;
}

async function withBroker<T>(io: CliIo, options: BrokerOptions, work: (model: ChannelModel) => Promise<T>): Promise<T> {
  const url = urlOf(io, options);
  if (!/^amqps?:\/\//i.test(url)) {
    throw new CliError(
      'CLI.BAD_URL',
      `'${url}' is not an AMQP URL (amqp://user:password@host:5672).`,
      ExitCode.unreachable,
    );
  }
  let model: ChannelModel;
  try {
    model = await connect(url);
  } catch (error) {
    throw new CliError(
      'CLI.UNREACHABLE',
      `Cannot connect to ${redactUrl(url)}: ${describeError(error)}`,
      ExitCode.unreachable,
    );
  }
  model.on('error', () => undefined);
  try {
    return await work(model);
  } finally {
    await model.close().catch(() => undefined);
  }
}
