import { connect, type ConfirmChannel, type GetMessage } from 'amqplib';
import { GliaHeaders } from './glia-headers.js';
import { republish } from './internal/republish.js';
import { queueTopology } from './queue-topology.js';

/** Which dead letters to move back. */
export type RedriveOptions = {
  /** `amqp://user:pass@host:port/vhost`. */
  readonly url: string;
  /** The consumer's queue; its dead-letter queue is `<queue>.dlq`. */
  readonly queue: string;
  /** At most this many. Default: all that are there now. */
  readonly limit?: number;
};

/**
 * Moves dead-lettered messages back to their queue with a fresh attempt count (the error headers
 * and RabbitMQ's `x-death` are dropped). Each is re-published with a confirm before it is removed
 * from the dead-letter queue: a crash in between duplicates, never loses (the inbox absorbs it).
 * Resolves with the number moved.
 */
export async function redriveDeadLetters(options: RedriveOptions): Promise<number> {
  const { deadLetterQueue, queue } = queueTopology(options.queue, 0);
  const model = await connect(options.url);
  try {
    const channel = await model.createConfirmChannel();
    const { messageCount } = await channel.checkQueue(deadLetterQueue);
    const limit = Math.min(options.limit ?? messageCount, messageCount);
    let moved = 0;
    while (moved < limit) {
      const message = await channel.get(deadLetterQueue, { noAck: false });
      if (message === false) break;
      await sendBack(channel, queue, message);
      channel.ack(message);
      moved += 1;
    }
    await channel.close();
    return moved;
  } finally {
    await model.close().catch(() => undefined);
  }
}

function sendBack(channel: ConfirmChannel, queue: string, message: GetMessage): Promise<void> {
  const { properties } = message;
  const headers: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties.headers ?? {})) {
    if (name === 'x-death' || name.startsWith('x-glia-')) continue;
    headers[name] = value;
  }
  // Keep where it came from, so a second dead-lettering still names the original routing.
  headers[GliaHeaders.originalExchange] = properties.headers?.[GliaHeaders.originalExchange];
  headers[GliaHeaders.originalRoutingKey] = properties.headers?.[GliaHeaders.originalRoutingKey];
  return republish(channel, '', queue, message, { headers });
}
