import { describe } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { connect, type Channel, type ChannelModel } from 'amqplib';

/** The broker tests run against; `AMQP_URL` overrides. */
export const AMQP_URL = process.env['AMQP_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672';

async function reachable(): Promise<boolean> {
  try {
    const model = await connect(AMQP_URL);
    await model.close();
    return true;
  } catch {
    return false;
  }
}

const available = await reachable();
if (!available) {
  // Under CI a missing broker is a failure; on a laptop the broker tests are skipped, visibly.
  if (process.env['CI'] === 'true') throw new Error(`RabbitMQ is not reachable at ${AMQP_URL} (CI=true).`);
  console.warn(`SKIPPING RabbitMQ tests: no broker at ${AMQP_URL} (set AMQP_URL or start rabbitmq-server).`);
}

/** `describe` when the broker is reachable, a visibly skipped block otherwise. */
export const describeBroker = (available ? describe : describe.skip) as typeof describe;

/** A unique name for this run, e.g. `glia-test-ab12cd34-orders`. */
export function uniqueName(label: string): string {
  return `glia-test-${randomBytes(4).toString('hex')}-${label}`;
}

/** An admin connection for declaring, inspecting and deleting test topology. */
export class BrokerAdmin {
  private constructor(
    private readonly model: ChannelModel,
    readonly channel: Channel,
  ) {}

  /** Opens it. */
  static async open(): Promise<BrokerAdmin> {
    const model = await connect(AMQP_URL);
    return new BrokerAdmin(model, await model.createChannel());
  }

  /** Messages ready in a queue. */
  async depth(queue: string): Promise<number> {
    return (await this.channel.checkQueue(queue)).messageCount;
  }

  /** Deletes queues and exchanges (missing ones are fine), then closes. */
  async cleanUp(queues: readonly string[], exchanges: readonly string[]): Promise<void> {
    for (const queue of queues) await this.channel.deleteQueue(queue).catch(() => undefined);
    for (const exchange of exchanges) await this.channel.deleteExchange(exchange).catch(() => undefined);
    await this.model.close().catch(() => undefined);
  }
}

/** Resolves when `condition()` holds, polling the broker-side state every 20 ms (at most `ms`). */
export async function eventually(condition: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Condition not met in time.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
