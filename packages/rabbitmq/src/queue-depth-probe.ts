import type { Channel, ChannelModel } from 'amqplib';
import { within } from './internal/within.js';

/**
 * Asks the broker how many messages are ready in a queue, on a channel of its own: a failed check
 * (the queue deleted under it) closes that channel only, never the consumer's.
 */
export class QueueDepthProbe {
  private model: ChannelModel | undefined;
  private channel: Promise<Channel> | undefined;

  /** Creates a probe that gives up on one check after `timeoutMs`, so a scrape never hangs on the broker. */
  constructor(private readonly timeoutMs = 5_000) {}

  /** Messages ready in `queue` (taken but unacknowledged ones are not counted), on `model`'s connection. */
  depth(model: ChannelModel, queue: string): Promise<number> {
    return within(
      this.check(model, queue),
      this.timeoutMs,
      () => new Error(`No answer on the depth of '${queue}' within ${this.timeoutMs} ms.`),
    );
  }

  private async check(model: ChannelModel, queue: string): Promise<number> {
    const channel = await this.channelOn(model);
    return (await channel.checkQueue(queue)).messageCount;
  }

  private channelOn(model: ChannelModel): Promise<Channel> {
    if (this.model === model && this.channel !== undefined) return this.channel;
    this.model = model;
    const opening = model.createChannel().then((channel) => {
      channel.on('error', () => undefined);
      channel.on('close', () => this.forget(opening));
      return channel;
    });
    opening.catch(() => this.forget(opening));
    this.channel = opening;
    return opening;
  }

  private forget(channel: Promise<Channel>): void {
    if (this.channel === channel) this.channel = undefined;
  }
}
