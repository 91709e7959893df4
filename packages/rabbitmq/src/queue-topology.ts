import type { Channel } from 'amqplib';

/** The names a consumer's queue brings along: its retry delay queues, dead-letter exchange and queue. */
export type QueueTopology = {
  /** The main queue, bound to the events exchange. */
  readonly queue: string;
  /** One delay queue per retry tier: `<queue>.retry.<n>` with that tier's TTL. */
  readonly retryQueues: readonly string[];
  /** The dead-letter exchange: `<queue>.dlx`. */
  readonly deadLetterExchange: string;
  /** The dead-letter queue: `<queue>.dlq`. */
  readonly deadLetterQueue: string;
};

/** What to declare. */
export type QueueTopologyOptions = {
  /** The events exchange (durable, topic). */
  readonly exchange: string;
  /** The consumer's queue name. */
  readonly queue: string;
  /** Binding patterns on the CloudEvent type, e.g. `com.mariopizzeria.order.#`. */
  readonly bindings: readonly string[];
  /** Delay of each retry tier, in milliseconds. */
  readonly retryDelaysMs: readonly number[];
  /** Makes the queue a priority queue with priorities 0..maxPriority. */
  readonly maxPriority?: number;
};

/** The names for `queue`, without declaring anything. */
export function queueTopology(queue: string, retryTiers: number): QueueTopology {
  return {
    queue,
    retryQueues: Array.from({ length: retryTiers }, (_, i) => `${queue}.retry.${i + 1}`),
    deadLetterExchange: `${queue}.dlx`,
    deadLetterQueue: `${queue}.dlq`,
  };
}

/**
 * Declares the events exchange, the durable queue and its bindings, the retry delay queues (a TTL,
 * then dead-lettered back to the queue through the default exchange), the DLX and the DLQ.
 * Idempotent: every consumer start declares it again.
 */
export async function declareQueueTopology(channel: Channel, options: QueueTopologyOptions): Promise<QueueTopology> {
  const names = queueTopology(options.queue, options.retryDelaysMs.length);
  await channel.assertExchange(options.exchange, 'topic', { durable: true });
  await channel.assertExchange(names.deadLetterExchange, 'direct', { durable: true });
  await channel.assertQueue(names.deadLetterQueue, { durable: true });
  await channel.bindQueue(names.deadLetterQueue, names.deadLetterExchange, names.queue);
  await channel.assertQueue(names.queue, {
    durable: true,
    // A message rejected without requeue (by hand, or by a crashed tool) still lands in the DLQ.
    deadLetterExchange: names.deadLetterExchange,
    deadLetterRoutingKey: names.queue,
    ...(options.maxPriority === undefined ? {} : { maxPriority: options.maxPriority }),
  });
  for (const pattern of options.bindings) await channel.bindQueue(names.queue, options.exchange, pattern);
  for (const [i, delay] of options.retryDelaysMs.entries()) {
    await channel.assertQueue(names.retryQueues[i] as string, {
      durable: true,
      messageTtl: delay,
      deadLetterExchange: '',
      deadLetterRoutingKey: names.queue,
    });
  }
  return names;
}
