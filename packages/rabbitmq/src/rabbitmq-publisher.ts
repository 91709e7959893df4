import {
  describeError,
  endSpan,
  silentLogger,
  startPublishSpan,
  type CloudEvent,
  type GliaTelemetry,
  type IntegrationEventPublisher,
  type Logger,
  type PublishResult,
} from '@glia/core';
import type { ChannelModel, ConfirmChannel, Message } from 'amqplib';
import { toAmqpMessage, type ContentMode } from './amqp-cloud-event.js';
import { BrokerUnavailableError } from './broker-unavailable.error.js';
import { within } from './internal/within.js';
import { connectWithBackoff, type ReconnectOptions } from './reconnect.js';

/** How the publisher connects and publishes. */
export type RabbitMqPublisherOptions = {
  /** `amqp://user:pass@host:port/vhost`. */
  readonly url: string;
  /** The durable topic exchange events go to; routing key = CloudEvent type. */
  readonly exchange: string;
  /** Structured (default) or binary content mode. */
  readonly mode?: ContentMode;
  /** Message priority per event (for consumers with priority queues). */
  readonly priorityOf?: (event: CloudEvent) => number | undefined;
  /** Backoff when the connection is lost. */
  readonly reconnect?: ReconnectOptions;
  /**
   * How long a publish waits for a connection before its events come back `failed` (the relay's own
   * backoff then applies; the publisher keeps reconnecting for the next call). Default 10 s.
   */
  readonly connectTimeoutMs?: number;
  /** Tries per event (first send and re-sends after a lost connection) before it is `failed`. Default 5. */
  readonly maxAttempts?: number;
  /** Called with every event the broker returned as unroutable. */
  readonly onReturned?: (event: CloudEvent) => void;
  /** Where it logs reconnects and returns. */
  readonly logger?: Logger;
  /** Where its `send` spans go; the global OpenTelemetry providers when absent. */
  readonly telemetry?: GliaTelemetry;
};

type Attempt = 'confirmed' | 'returned' | 'lost';
type Live = {
  readonly model: ChannelModel;
  readonly channel: ConfirmChannel;
  readonly closed: Promise<void>;
  /** Confirms still awaited on this connection; all settle as `lost` when it closes. */
  readonly unsettled: Set<(attempt: Attempt) => void>;
  /** True once the connection closed. */
  readonly isClosed: boolean;
};

/**
 * Publishes CloudEvents to RabbitMQ for the outbox relay: a confirm channel, persistent and
 * mandatory messages, one event confirmed (or returned) at a time per result. Events of one call go
 * out in order on one channel, so per-aggregate order holds. A lost connection is re-opened with
 * backoff and the unconfirmed events are sent again (counted in `resent`). A publish waits at most
 * `connectTimeoutMs` for a connection, so a caller's own backoff applies while the broker is down.
 */
export class RabbitMqPublisher implements IntegrationEventPublisher {
  /** Starts a `send` span per event itself, so the relay starts none. */
  readonly startsSpans = true;
  private live: Promise<Live> | undefined;
  private readonly returned = new Map<string, number>();
  private readonly stopping = new AbortController();
  private lastConnectError: string | undefined;
  private resent_ = 0;
  private generation = 0;

  /** Creates a publisher; call `start()` (or just `publish`) to connect. */
  constructor(private readonly options: RabbitMqPublisherOptions) {}

  /** Events sent again after a lost connection, since this publisher was created. */
  get resent(): number {
    return this.resent_;
  }

  /** Connects and declares the exchange. */
  async start(): Promise<void> {
    await this.connection();
  }

  /** Publishes in order; each result is `confirmed` only after the broker's confirm. */
  async publish(events: readonly CloudEvent[]): Promise<readonly PublishResult[]> {
    const { exchange, telemetry } = this.options;
    // One producer span per event, across re-sends, ended with the event's final outcome.
    const spans = events.map((event) =>
      startPublishSpan(event, { system: 'rabbitmq', destination: exchange, ...(telemetry && { telemetry }) }),
    );
    const results = await this.publishAll(events);
    results.forEach((result, i) => {
      const span = spans[i];
      if (span === undefined) return;
      endSpan(span, result.outcome, result.outcome === 'failed' ? new Error(result.reason) : undefined);
    });
    return results;
  }

  private async publishAll(events: readonly CloudEvent[]): Promise<readonly PublishResult[]> {
    const results = new Map<number, PublishResult>();
    let pending = events.map((_, i) => i);
    let lastError = 'not attempted';
    for (let attempt = 1; pending.length > 0 && attempt <= (this.options.maxAttempts ?? 5); attempt += 1) {
      if (attempt > 1) this.resent_ += pending.length;
      let outcomes: Attempt[];
      try {
        outcomes = await this.send(
          await this.connectionWithin(this.options.connectTimeoutMs ?? 10_000),
          pending.map((i) => events[i] as CloudEvent),
        );
      } catch (error) {
        lastError = describeError(error);
        // The broker stayed away for the whole wait: give the events back now, not after more waits.
        if (BrokerUnavailableError.is(error)) break;
        continue;
      }
      const lost: number[] = [];
      outcomes.forEach((outcome, k) => {
        const index = pending[k] as number;
        const event = events[index] as CloudEvent;
        if (outcome === 'lost') lost.push(index);
        else if (outcome === 'confirmed') results.set(index, { id: event.id, outcome });
        else {
          results.set(index, { id: event.id, outcome, reason: `No queue is bound for '${event.type}'.` });
          this.options.logger?.warn('An integration event was returned as unroutable; it stays pending.', {
            id: event.id,
            type: event.type,
          });
          this.options.onReturned?.(event);
        }
      });
      if (lost.length > 0) lastError = 'the connection was lost before the broker confirmed';
      pending = lost;
    }
    for (const index of pending)
      results.set(index, { id: (events[index] as CloudEvent).id, outcome: 'failed', reason: lastError });
    return events.map((_, i) => results.get(i) as PublishResult);
  }

  /** Stops reconnecting and closes the connection; unconfirmed publishes come back `failed`. */
  async close(): Promise<void> {
    this.stopping.abort(new Error('The publisher is closed.'));
    const live = await this.live?.catch(() => undefined);
    // A connection whose socket already died never answers close-ok: its close event settles it.
    if (live !== undefined) await Promise.race([live.model.close().catch(() => undefined), live.closed]);
  }

  // Publishes every event without waiting in between (pausing on back-pressure), then awaits confirms.
  private async send(live: Live, events: readonly CloudEvent[]): Promise<Attempt[]> {
    const { channel, closed, unsettled } = live;
    const confirms: Array<Promise<Attempt>> = [];
    for (const event of events) {
      const { content, options } = toAmqpMessage(
        event,
        this.options.mode ?? 'structured',
        this.options.priorityOf?.(event),
      );
      let writable = true;
      // Why not Promise.race with the close: a race per event leaves a reaction on a promise that
      // stays pending for the connection's life, so memory grew with every event published.
      const confirm = new Promise<Attempt>((resolve) => {
        if (live.isClosed) return resolve('lost');
        const settle = (attempt: Attempt): void => {
          if (unsettled.delete(settle)) resolve(attempt);
        };
        unsettled.add(settle);
        try {
          writable = channel.publish(this.options.exchange, event.type, content, options, (error: unknown) => {
            if (error !== null && error !== undefined) return settle('lost');
            settle(this.takeReturned(event.id) ? 'returned' : 'confirmed');
          });
        } catch {
          settle('lost');
        }
      });
      confirms.push(confirm);
      if (!writable) await Promise.race([new Promise((resolve) => channel.once('drain', resolve)), closed]);
    }
    return Promise.all(confirms);
  }

  private takeReturned(id: string): boolean {
    const count = this.returned.get(id) ?? 0;
    if (count === 0) return false;
    if (count === 1) this.returned.delete(id);
    else this.returned.set(id, count - 1);
    return true;
  }

  // The connect loop goes on after a timeout: the next call finds it connected, or waits for it again.
  private connectionWithin(ms: number): Promise<Live> {
    return within(this.connection(), ms, () =>
      BrokerUnavailableError.within(this.options.url, ms, this.lastConnectError),
    );
  }

  private connection(): Promise<Live> {
    if (this.stopping.signal.aborted) return Promise.reject(new Error('The publisher is closed.'));
    this.live ??= this.open().catch((error: unknown) => {
      this.live = undefined;
      throw error;
    });
    return this.live;
  }

  private async open(): Promise<Live> {
    const model = await connectWithBackoff(this.options.url, this.options.reconnect, {
      signal: this.stopping.signal,
      onError: (error) => (this.lastConnectError = describeError(error)),
    });
    this.lastConnectError = undefined;
    const generation = ++this.generation;
    let markClosed: () => void = () => undefined;
    const closed = new Promise<void>((resolve) => (markClosed = resolve));
    const unsettled = new Set<(attempt: Attempt) => void>();
    const state = { isClosed: false };
    const lose = (error?: unknown): void => {
      if (error !== undefined)
        this.log().warn('RabbitMQ connection lost; reconnecting.', { error: describeError(error) });
      // Only the current connection's loss forgets it: a late event of an old one must not.
      if (this.generation === generation) this.live = undefined;
      state.isClosed = true;
      for (const settle of [...unsettled]) settle('lost');
      markClosed();
    };
    model.on('error', () => undefined);
    model.on('close', lose);
    try {
      const channel = await model.createConfirmChannel();
      channel.on('error', () => undefined);
      channel.on('close', () => lose());
      // The broker returns an unroutable mandatory message before it confirms it.
      channel.on('return', (message: Message) => {
        const id = String(message.properties.messageId);
        this.returned.set(id, (this.returned.get(id) ?? 0) + 1);
      });
      await channel.assertExchange(this.options.exchange, 'topic', { durable: true });
      return {
        model,
        channel,
        closed,
        unsettled,
        get isClosed() {
          return state.isClosed;
        },
      };
    } catch (error) {
      await model.close().catch(() => undefined);
      throw error;
    }
  }

  private log(): Logger {
    return this.options.logger ?? silentLogger;
  }
}
