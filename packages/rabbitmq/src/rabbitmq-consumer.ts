import {
  IntegrationEventRejectedError,
  describeError,
  endSpan,
  recordDeadLetter,
  silentLogger,
  startReceiveSpan,
  globalTelemetry,
  TelemetryAttributes,
  type CloudEvent,
  type ConsumerBacklog,
  type ConsumerBacklogSource,
  type GliaTelemetry,
  type IntegrationEventReceiver,
  type Logger,
} from '@glia/core';
import type { ChannelModel, ConfirmChannel, ConsumeMessage, Options } from 'amqplib';
import { fromAmqpMessage } from './amqp-cloud-event.js';
import { GliaHeaders } from './glia-headers.js';
import { republish } from './internal/republish.js';
import { QueueDepthProbe } from './queue-depth-probe.js';
import { declareQueueTopology, type QueueTopology } from './queue-topology.js';
import { connectWithBackoff, type ReconnectOptions } from './reconnect.js';

/** How a consumer declares its queue and treats failures. */
export type RabbitMqConsumerOptions = {
  /** `amqp://user:pass@host:port/vhost`. */
  readonly url: string;
  /** The events exchange (durable, topic). */
  readonly exchange: string;
  /** The consumer's durable queue. */
  readonly queue: string;
  /** Binding patterns on the CloudEvent type, e.g. `com.mariopizzeria.order.#`. */
  readonly bindings: readonly string[];
  /** Handles each event: validates, deduplicates through its inbox, commits. */
  readonly receiver: IntegrationEventReceiver;
  /** Unacknowledged messages in flight at once. Default 32. */
  readonly prefetch?: number;
  /** Delay of each retry tier; a message is tried `tiers + 1` times. Default 1 s, 10 s, 60 s. */
  readonly retryDelaysMs?: readonly number[];
  /** Declares a priority queue (`x-max-priority`). */
  readonly maxPriority?: number;
  /** Backoff when the connection is lost. */
  readonly reconnect?: ReconnectOptions;
  /** Called with each message moved to the dead-letter queue. */
  readonly onDeadLetter?: (deadLetter: DeadLetter) => void;
  /** Where it logs retries, dead letters and reconnects. */
  readonly logger?: Logger;
  /**
   * Where its `receive` spans, dead-letter counts and `glia.consumer.backlog` readings (messages ready
   * in its queue) go; the global OpenTelemetry providers when absent.
   */
  readonly telemetry?: GliaTelemetry;
};

/** A message the consumer gave up on. */
export type DeadLetter = {
  /** The CloudEvent id, or the AMQP message id for undecodable input. */
  readonly messageId: string | undefined;
  /** `poison:<reason>` or `exhausted`. */
  readonly reason: string;
  /** The last error. */
  readonly error: string;
  /** Attempts made. */
  readonly attempts: number;
};

/** What the consumer has done since it started. */
export type ConsumerStats = { handled: number; duplicates: number; retried: number; deadLettered: number };

type Live = { readonly model: ChannelModel; readonly channel: ConfirmChannel; readonly topology: QueueTopology };

/**
 * Consumes CloudEvents from a durable queue: acknowledges a message only after the receiver's
 * transaction (handler and inbox record) committed; retries failures through TTL delay queues; sends
 * poison and exhausted messages to the dead-letter queue with their reason. Events with one subject
 * (aggregate) are handled one after another, in arrival order; others in parallel up to `prefetch`.
 */
export class RabbitMqConsumer implements ConsumerBacklogSource {
  /** Counts, for operations and tests. */
  readonly stats: ConsumerStats = { handled: 0, duplicates: 0, retried: 0, deadLettered: 0 };
  private live: Live | undefined;
  private consumerTag: string | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly bySubject = new Map<string, Promise<void>>();
  private readonly stopping = new AbortController();
  private readonly probe = new QueueDepthProbe();
  private unobserve: (() => void) | undefined;

  /** Creates the consumer; `start()` declares the topology and begins consuming. */
  constructor(private readonly options: RabbitMqConsumerOptions) {}

  /** The retry delays in force. */
  get retryDelaysMs(): readonly number[] {
    return this.options.retryDelaysMs ?? [1_000, 10_000, 60_000];
  }

  /** Connects, declares the queue, its retry queues and dead-letter queue, and starts consuming. */
  async start(): Promise<QueueTopology> {
    const model = await connectWithBackoff(this.options.url, this.options.reconnect, {
      signal: this.stopping.signal,
    });
    model.on('error', () => undefined);
    model.on('close', () => void this.reconnect(model));
    const channel = await model.createConfirmChannel();
    channel.on('error', () => undefined);
    const topology = await declareQueueTopology(channel, {
      exchange: this.options.exchange,
      queue: this.options.queue,
      bindings: this.options.bindings,
      retryDelaysMs: this.retryDelaysMs,
      ...(this.options.maxPriority === undefined ? {} : { maxPriority: this.options.maxPriority }),
    });
    await channel.prefetch(this.options.prefetch ?? 32);
    const live = { model, channel, topology };
    this.live = live;
    const { consumerTag } = await channel.consume(topology.queue, (message) => {
      if (message !== null) this.track(this.take(live, message));
    });
    this.consumerTag = consumerTag;
    this.unobserve ??= (this.options.telemetry ?? globalTelemetry).observeConsumerBacklog(this, this.options.logger);
    return topology;
  }

  /**
   * Messages ready in the queue now, as the broker counts them (`checkQueue`; those taken but not yet
   * acknowledged are not counted): the `glia.consumer.backlog` gauge. Empty while disconnected.
   */
  async backlog(): Promise<readonly ConsumerBacklog[]> {
    const live = this.live;
    if (live === undefined) return [];
    const messages = await this.probe.depth(live.model, live.topology.queue);
    return [{ consumer: this.options.receiver.name, destination: live.topology.queue, messages }];
  }

  /** Graceful shutdown: stops taking messages, finishes (and acks) those in flight, closes. */
  async stop(): Promise<void> {
    this.stopping.abort(new Error('The consumer is stopped.'));
    this.unobserve?.();
    const live = this.live;
    if (live !== undefined && this.consumerTag !== undefined)
      await live.channel.cancel(this.consumerTag).catch(() => undefined);
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    this.live = undefined;
    await live?.model.close().catch(() => undefined);
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async take(live: Live, message: ConsumeMessage): Promise<void> {
    const attempts = Number(message.properties.headers?.[GliaHeaders.attempts] ?? 0) + 1;
    let event: CloudEvent;
    try {
      event = fromAmqpMessage(message);
    } catch (error) {
      await this.settle(live, message, error, attempts, undefined);
      return;
    }
    // One subject at a time, in arrival order: per-aggregate order survives parallel handling.
    const key = event.subject ?? event.id;
    const previous = this.bySubject.get(key) ?? Promise.resolve();
    const turn = previous.then(() => this.handle(live, message, event, attempts));
    this.bySubject.set(key, turn);
    await turn;
    if (this.bySubject.get(key) === turn) this.bySubject.delete(key);
  }

  // The receive span joins the trace the CloudEvent carries; it ends once the message is acked or moved.
  private async handle(live: Live, message: ConsumeMessage, event: CloudEvent, attempts: number): Promise<void> {
    const { queue, telemetry } = this.options;
    const span = startReceiveSpan(event, {
      system: 'rabbitmq',
      destination: queue,
      consumer: queue,
      ...(telemetry && { telemetry }),
    });
    if (span.isRecording()) {
      span.setAttributes({
        [TelemetryAttributes.attempt]: attempts,
        'messaging.rabbitmq.destination.routing_key': message.fields.routingKey,
      });
    }
    try {
      // The receiver's `process` span is a child of this one (and links to the producer's trace).
      const outcome = await this.options.receiver.receive(event, { parent: span });
      this.stats[outcome === 'handled' ? 'handled' : 'duplicates'] += 1;
      live.channel.ack(message);
      endSpan(span, outcome);
    } catch (error) {
      endSpan(span, await this.settle(live, message, error, attempts, event.id), error);
    }
  }

  // A failed message is re-published to a delay queue or the DLQ, confirmed, and only then acked.
  private async settle(
    live: Live,
    message: ConsumeMessage,
    error: unknown,
    attempts: number,
    id: string | undefined,
  ): Promise<'retried' | 'dead_lettered' | 'unsettled'> {
    const poison = IntegrationEventRejectedError.is(error);
    const tier = live.topology.retryQueues[attempts - 1];
    const headers = {
      ...message.properties.headers,
      [GliaHeaders.attempts]: attempts,
      [GliaHeaders.error]: describeError(error).slice(0, 1_000),
      [GliaHeaders.originalExchange]:
        message.properties.headers?.[GliaHeaders.originalExchange] ?? message.fields.exchange,
      [GliaHeaders.originalRoutingKey]:
        message.properties.headers?.[GliaHeaders.originalRoutingKey] ?? message.fields.routingKey,
    };
    const reason = poison ? `poison:${error.reason}` : 'exhausted';
    const retry = !poison && tier !== undefined;
    try {
      if (retry) {
        await republish(live.channel, '', tier, message, withTimestamp(message, headers));
        this.stats.retried += 1;
        this.log().warn('Integration event failed; retrying after a delay.', {
          id,
          attempts,
          error: headers[GliaHeaders.error],
        });
      } else {
        const dead = {
          ...headers,
          [GliaHeaders.reason]: reason,
          [GliaHeaders.deadLetteredAt]: new Date().toISOString(),
        };
        await republish(
          live.channel,
          live.topology.deadLetterExchange,
          live.topology.queue,
          message,
          withTimestamp(message, dead),
        );
        this.stats.deadLettered += 1;
        recordDeadLetter(live.topology.queue, reason, this.options.telemetry);
        this.log().error('Integration event dead-lettered.', { id, attempts, reason });
        this.options.onDeadLetter?.({
          messageId: id ?? message.properties.messageId,
          reason,
          error: headers[GliaHeaders.error],
          attempts,
        });
      }
      live.channel.ack(message);
      return retry ? 'retried' : 'dead_lettered';
    } catch (republishError) {
      // Not moved: leave it unacknowledged; the broker redelivers it when the channel closes.
      this.log().warn('Could not move a failed integration event; it will be redelivered.', {
        id,
        error: describeError(republishError),
      });
      return 'unsettled';
    }
  }

  private async reconnect(closed: ChannelModel): Promise<void> {
    if (this.stopping.signal.aborted || this.live?.model !== closed) return;
    this.log().warn('RabbitMQ connection lost; the consumer reconnects.', { queue: this.options.queue });
    this.live = undefined;
    this.bySubject.clear();
    try {
      await this.start();
    } catch (error) {
      // Stopped while reconnecting: the loop was aborted on purpose.
      if (this.stopping.signal.aborted) return;
      this.log().error('The consumer could not reconnect.', { queue: this.options.queue, error: describeError(error) });
    }
  }

  private log(): Logger {
    return this.options.logger ?? silentLogger;
  }
}

// A retried or dead-lettered message keeps when it was first published.
function withTimestamp(message: ConsumeMessage, headers: Record<string, unknown>): Options.Publish {
  const { timestamp } = message.properties;
  return { headers, ...(timestamp === undefined ? {} : { timestamp: timestamp as number }) };
}
