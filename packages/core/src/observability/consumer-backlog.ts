/** How many messages wait for one consumer in its queue: the `glia.consumer.backlog` gauge. */
export type ConsumerBacklog = {
  /** The consumer's name (`glia.consumer`). */
  readonly consumer: string;
  /** The queue it consumes (`messaging.destination.name`). */
  readonly destination: string;
  /** Messages ready in the queue, not yet handed to the consumer. */
  readonly messages: number;
};

/** A transport that can say how far behind its consumers are; read when metrics are collected. */
export interface ConsumerBacklogSource {
  /** The backlog now (a transport may ask its broker). */
  backlog(): Promise<readonly ConsumerBacklog[]>;
}
