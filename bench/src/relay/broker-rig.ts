import { randomBytes } from 'node:crypto';
import amqp, { type Channel, type ChannelModel } from 'amqplib';
import { AMQP_URL } from '../durable/servers.js';

/**
 * A fresh durable topic exchange with one durable queue bound to every type, so published events are
 * routed (not returned) and stored as they would be in production; deleted by `close()`.
 */
export class BrokerRig {
  private constructor(
    /** The broker URL. */
    readonly url: string,
    /** The exchange both contenders publish to. */
    readonly exchange: string,
    /** The queue bound to it. */
    readonly queue: string,
    private readonly model: ChannelModel,
    private readonly channel: Channel,
  ) {}

  /** Declares the exchange and the queue. */
  static async open(url = AMQP_URL): Promise<BrokerRig> {
    const name = `glia-bench-${process.pid}-${randomBytes(3).toString('hex')}`;
    const model = await amqp.connect(url);
    const channel = await model.createChannel();
    await channel.assertExchange(name, 'topic', { durable: true });
    await channel.assertQueue(name, { durable: true });
    await channel.bindQueue(name, name, '#');
    return new BrokerRig(url, name, name, model, channel);
  }

  /** Opens a connection for a contender (publisher or consumer); the caller closes it. */
  connect(): Promise<ChannelModel> {
    return amqp.connect(this.url);
  }

  /** Empties the queue, after checking it holds `expected` messages (a lost message is a crash). */
  async expectAndPurge(expected: number, who: string): Promise<void> {
    const { messageCount } = await this.channel.checkQueue(this.queue);
    await this.channel.purgeQueue(this.queue);
    if (messageCount !== expected) throw new Error(`${who}: ${messageCount} messages queued, ${expected} expected.`);
  }

  /** Deletes the queue and the exchange and closes the connection. */
  async close(): Promise<void> {
    try {
      await this.channel.deleteQueue(this.queue);
      await this.channel.deleteExchange(this.exchange);
    } finally {
      await this.model.close().catch(() => undefined);
    }
  }
}
