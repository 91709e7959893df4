import {
  ValueType,
  createNoopMeter,
  type Attributes,
  type Counter,
  type Histogram,
  type Meter,
} from '@opentelemetry/api';
import type { ConsumerBacklog } from './consumer-backlog.js';
import type { DeliveryStats } from './delivery-stats.js';
import { TelemetryAttributes as A } from './telemetry-attributes.js';

/** The metric instruments Glia records to, made from one meter. */
export class GliaInstruments {
  /** Commands and queries sent, by kind, type and outcome. */
  readonly messages: Counter;
  /** How long a command or query took, handler and commit included. */
  readonly messageDuration: Histogram;
  /** Domain events committed, by type. */
  readonly eventsRaised: Counter;
  /** Delivery attempts that ended, by handler and outcome (`completed`, `retried`, `dead`). */
  readonly deliveries: Counter;
  /** How long one delivery attempt took, handler and commit included. */
  readonly handlerDuration: Histogram;
  /** Integration events handed to the publisher, by outcome (`confirmed`, `returned`, `failed`). */
  readonly relayed: Counter;
  /** Integration events received, by consumer and outcome (`handled`, `duplicate`, `failed`). */
  readonly received: Counter;
  /** Time from an integration event's `time` to its receipt: how far a consumer is behind. */
  readonly consumerLag: Histogram;
  /** Messages a consumer moved to its dead-letter queue. */
  readonly deadLetters: Counter;
  /** False on the no-op meter (no SDK installed): callers may then skip timing and recording. */
  readonly enabled: boolean;
  // Attribute sets are reused: recording a metric should not allocate. Nested by part (key, value,
  // outcome, kind) so a lookup hashes short, already-hashed strings instead of building a key.
  private readonly attributeCache = new Map<string, Map<string, Map<string, Map<string, Attributes>>>>();
  private cached = 0;

  /** Creates the instruments; `stats` feeds the outbox gauges, `backlog` the consumer backlog gauge. */
  constructor(
    meter: Meter,
    stats: () => Promise<readonly DeliveryStats[]>,
    backlog: () => Promise<readonly ConsumerBacklog[]> = async () => [],
  ) {
    this.enabled = meter !== createNoopMeter();
    const seconds = { unit: 's', valueType: ValueType.DOUBLE } as const;
    this.messages = meter.createCounter('glia.commands', { description: 'Commands and queries sent.' });
    this.messageDuration = meter.createHistogram('glia.command.duration', {
      ...seconds,
      description: 'Duration of commands and queries.',
    });
    this.eventsRaised = meter.createCounter('glia.events.raised', { description: 'Domain events committed.' });
    this.deliveries = meter.createCounter('glia.deliveries', { description: 'Delivery attempts by outcome.' });
    this.handlerDuration = meter.createHistogram('glia.handler.duration', {
      ...seconds,
      description: 'Duration of one delivery attempt.',
    });
    this.relayed = meter.createCounter('glia.relay.messages', { description: 'Integration events relayed.' });
    this.received = meter.createCounter('glia.consumer.messages', { description: 'Integration events received.' });
    this.consumerLag = meter.createHistogram('glia.consumer.lag', {
      ...seconds,
      description: 'Age of integration events when received.',
    });
    this.deadLetters = meter.createCounter('glia.consumer.dead_letters', {
      description: 'Messages moved to a dead-letter queue.',
    });
    observeOutbox(meter, stats);
    observeBacklog(meter, backlog);
  }

  /** The attribute set `{ [key]: value, outcome, kind }`, made once and reused. */
  attributes(key: string, value: string, outcome = '', kind = ''): Attributes {
    const cached = this.attributeCache.get(key)?.get(value)?.get(outcome)?.get(kind);
    if (cached !== undefined) return cached;
    const attributes = Object.freeze({
      [key]: value,
      ...(outcome !== '' && { [A.outcome]: outcome }),
      ...(kind !== '' && { [A.messageKind]: kind }),
    });
    // Bounded: a runaway set of names (ids used as types) must not leak memory.
    if (this.cached < 10_000) {
      nested(nested(nested(this.attributeCache, key), value), outcome).set(kind, attributes);
      this.cached += 1;
    }
    return attributes;
  }
}

function nested<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = map.get(key);
  if (inner === undefined) map.set(key, (inner = new Map()));
  return inner;
}

function observeOutbox(meter: Meter, stats: () => Promise<readonly DeliveryStats[]>): void {
  const pending = meter.createObservableGauge('glia.outbox.pending', { description: 'Pending deliveries.' });
  const failed = meter.createObservableGauge('glia.outbox.failed', {
    description: 'Pending deliveries that failed at least once.',
  });
  const dead = meter.createObservableGauge('glia.outbox.dead', { description: 'Dead deliveries.' });
  const oldest = meter.createObservableGauge('glia.outbox.oldest_pending_age', {
    unit: 's',
    description: 'Age of the oldest pending delivery.',
  });
  meter.addBatchObservableCallback(
    async (result) => {
      for (const s of await stats()) {
        const attributes = { [A.handler]: s.handler };
        result.observe(pending, s.pending, attributes);
        result.observe(failed, s.failed, attributes);
        result.observe(dead, s.dead, attributes);
        result.observe(oldest, (s.oldestPendingAgeMs ?? 0) / 1000, attributes);
      }
    },
    [pending, failed, dead, oldest],
  );
}

function observeBacklog(meter: Meter, backlog: () => Promise<readonly ConsumerBacklog[]>): void {
  const gauge = meter.createObservableGauge('glia.consumer.backlog', {
    unit: '{message}',
    description: "Messages waiting in a consumer's queue.",
  });
  gauge.addCallback(async (result) => {
    for (const reading of await backlog())
      result.observe(reading.messages, { [A.consumer]: reading.consumer, [A.destination]: reading.destination });
  });
}
