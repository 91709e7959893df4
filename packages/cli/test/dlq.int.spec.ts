import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { z } from 'zod';
import {
  IntegrationEventReceiver,
  IntegrationEventRejectedError,
  IntegrationEventRouter,
  defineIntegrationEvent,
  silentLogger,
  type CloudEvent,
} from '@glia/core';
import { RabbitMqConsumer, RabbitMqPublisher, queueTopology, type DeadLetter } from '@glia/rabbitmq';
import { AMQP_URL, BrokerAdmin, describeBroker, eventually, uniqueName } from '../../rabbitmq/test/support/broker.js';
import { ExitCode, runCli } from '../src/index.js';
import { testIo, type Run } from './support/capture.js';

const DoughProofed = defineIntegrationEvent({
  type: 'com.example.cli.dough.proofed.v1',
  source: '/cli-tests',
  schema: z.object({ batch: z.string() }),
});

const TIERS = [50];

function proofed(batch: string): CloudEvent {
  return {
    specversion: '1.0',
    id: `dlq-${batch}-${Math.random().toString(36).slice(2)}`,
    source: DoughProofed.source,
    type: DoughProofed.type,
    datacontenttype: 'application/json',
    data: { batch },
  };
}

describeBroker('glia dlq against RabbitMQ', () => {
  const exchange = uniqueName('events');
  const queue = uniqueName('bakery');
  const absent = uniqueName('nobody-declared-this');
  const topology = queueTopology(queue, TIERS.length);
  // The handler refuses batch 'cursed' as poison until it is fixed.
  const kitchen = { fixed: false, handled: [] as string[], deadLetters: [] as DeadLetter[] };
  let admin: BrokerAdmin;
  let publisher: RabbitMqPublisher;
  let consumer: RabbitMqConsumer;

  const cli = async (args: readonly string[], options: { answer?: string; env?: Record<string, string> } = {}) => {
    const { io, stdout, stderr } = testIo(options);
    const code = await runCli(args, io);
    return { code, stdout: stdout.text, stderr: stderr.text } satisfies Run;
  };
  const dlq = (args: readonly string[], answer?: string) =>
    cli(['dlq', ...args, '--amqp', AMQP_URL], answer === undefined ? {} : { answer });

  beforeAll(async () => {
    admin = await BrokerAdmin.open();
    const router = new IntegrationEventRouter().on(DoughProofed, async ({ batch }) => {
      if (batch === 'cursed' && !kitchen.fixed) {
        throw new IntegrationEventRejectedError('invalid-data', `batch '${batch}' cannot be baked`);
      }
      kitchen.handled.push(batch);
    });
    consumer = new RabbitMqConsumer({
      url: AMQP_URL,
      exchange,
      queue,
      bindings: ['#'],
      receiver: new IntegrationEventReceiver({ name: queue, router }),
      retryDelaysMs: TIERS,
      onDeadLetter: (dead) => kitchen.deadLetters.push(dead),
      logger: silentLogger,
    });
    await consumer.start();
    publisher = new RabbitMqPublisher({ url: AMQP_URL, exchange });
  }, 30_000);

  afterAll(async () => {
    await consumer?.stop();
    await publisher?.close();
    await admin?.cleanUp(
      [queue, ...topology.retryQueues, topology.deadLetterQueue],
      [exchange, topology.deadLetterExchange],
    );
  }, 30_000);

  it('lists, shows and re-drives a dead-lettered message, which the fixed handler then handles', async () => {
    const cursed = proofed('cursed');
    await publisher.publish([cursed, proofed('fine')]);
    await eventually(() => kitchen.deadLetters.length === 1 && kitchen.handled.length === 1);

    const listed = await dlq(['list', queue, absent]);
    expect(listed).toMatchObject({ code: ExitCode.ok, stderr: '' });
    expect(listed.stdout).toMatch(/^QUEUE\s+DEAD-LETTER QUEUE\s+MESSAGES$/m);
    expect(listed.stdout).toMatch(new RegExp(`^${queue}\\s+${queue}\\.dlq\\s+1$`, 'm'));
    expect(listed.stdout).toMatch(new RegExp(`^${absent}\\s+${absent}\\.dlq\\s+missing$`, 'm'));
    expect(JSON.parse((await dlq(['list', queue, absent, '--json'])).stdout)).toEqual([
      { queue, deadLetterQueue: topology.deadLetterQueue, messages: 1 },
      { queue: absent, deadLetterQueue: `${absent}.dlq`, messages: null },
    ]);

    const shown = await dlq(['show', queue]);
    expect(shown).toMatchObject({ code: ExitCode.ok, stderr: '' });
    expect(shown.stdout).toMatch(/^ID\s+TYPE\s+REASON\s+ATTEMPTS\s+DEAD SINCE\s+ERROR$/m);
    expect(shown.stdout).toContain(cursed.id);
    expect(shown.stdout).toContain('poison:invalid-data');
    expect(shown.stdout).toContain("batch 'cursed' cannot be baked");
    const [view, ...others] = JSON.parse((await dlq(['show', queue, '--json'])).stdout) as Array<
      Record<string, unknown>
    >;
    expect(others).toEqual([]);
    expect(view).toMatchObject({
      id: cursed.id,
      type: DoughProofed.type,
      reason: 'poison:invalid-data',
      error: expect.stringContaining("batch 'cursed' cannot be baked"),
      attempts: 1,
    });
    expect(Number.isNaN(Date.parse(String(view?.['deadLetteredAt'])))).toBe(false);
    // `show` only looks: the message is back in its queue.
    expect(await admin.depth(topology.deadLetterQueue)).toBe(1);

    const refused = await dlq(['redrive', queue]);
    expect(refused).toMatchObject({ code: ExitCode.failed, stderr: expect.stringContaining('pass --yes') });
    const declined = await dlq(['redrive', queue], 'n');
    expect(declined).toMatchObject({ code: ExitCode.failed, stderr: expect.stringContaining('Aborted') });
    expect(await admin.depth(topology.deadLetterQueue)).toBe(1);

    kitchen.fixed = true;
    const redriven = await dlq(['redrive', queue], 'y');
    expect(redriven).toMatchObject({
      code: ExitCode.ok,
      stdout: `Moved 1 dead letter back to '${queue}'.\n`,
      stderr: expect.stringContaining(`Move 1 dead letter back to '${queue}'? [y/N]`),
    });
    await eventually(() => kitchen.handled.includes('cursed'));
    expect(kitchen.handled).toEqual(['fine', 'cursed']);
    expect(kitchen.deadLetters).toHaveLength(1);
    expect(JSON.parse((await dlq(['list', queue, '--json'])).stdout)).toEqual([
      { queue, deadLetterQueue: topology.deadLetterQueue, messages: 0 },
    ]);
    expect(await dlq(['redrive', queue, '--yes'])).toMatchObject({
      code: ExitCode.ok,
      stdout: `The dead-letter queue of '${queue}' is empty.\n`,
    });
    expect((await dlq(['show', queue])).stdout).toBe(`The dead-letter queue of '${queue}' is empty.\n`);
  }, 60_000);

  it('exits 3 with a clear message for a broker that does not answer or a URL that is not AMQP', async () => {
    const closed = await cli(['dlq', 'list', queue, '--amqp', 'amqp://guest:secret@127.0.0.1:1']);
    expect(closed).toMatchObject({ code: ExitCode.unreachable, stdout: '' });
    expect(closed.stderr).toMatch(/^glia: Cannot connect to amqp:\/\/guest:\*\*\*@127\.0\.0\.1:1: /);
    expect(closed.stderr).not.toContain('secret');
    const fromEnv = await cli(['dlq', 'show', queue], { env: { AMQP_URL: 'amqp://guest:guest@127.0.0.1:1' } });
    expect(fromEnv).toMatchObject({ code: ExitCode.unreachable, stderr: expect.stringContaining('Cannot connect') });
    const http = await cli(['dlq', 'redrive', queue, '--yes', '--amqp', 'http://127.0.0.1:15672']);
    expect(http).toMatchObject({
      code: ExitCode.unreachable,
      stderr: "glia: 'http://127.0.0.1:15672' is not an AMQP URL (amqp://user:password@host:5672).\n",
    });
  }, 30_000);

  it('exits 1 for a queue with no dead-letter queue, and 2 for a bad flag or a missing argument', async () => {
    expect(await dlq(['show', absent])).toMatchObject({
      code: ExitCode.failed,
      stderr: `glia: There is no queue '${absent}.dlq' on the broker.\n`,
    });
    expect(await dlq(['redrive', absent, '--yes'])).toMatchObject({ code: ExitCode.failed });
    expect(await dlq(['show', queue, '--limit', 'zero'])).toMatchObject({
      code: ExitCode.usage,
      stderr: expect.stringContaining("--limit: 'zero' is not a positive integer."),
    });
    expect(await dlq(['list'])).toMatchObject({
      code: ExitCode.usage,
      stderr: expect.stringContaining("missing required argument 'queues'"),
    });
  }, 30_000);
});
