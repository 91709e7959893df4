import { randomUUID } from 'node:crypto';
import { markCommitting, type AggregateRoot } from '../domain/aggregate-root.js';
import { raiseSequenceOf, type DomainEvent } from '../domain/domain-event.js';
import { GliaError } from '../errors/glia-error.js';
import { UnitOfWorkClosedError } from '../errors/unit-of-work-closed.error.js';
import type { EventHandlerRegistry } from '../events/event-handler-registry.js';
import { endSpan } from '../observability/end-span.js';
import { globalTelemetry, type GliaTelemetry } from '../observability/glia-telemetry.js';
import { TelemetryAttributes as A } from '../observability/telemetry-attributes.js';
import { contextFromTraceContext, traceContextOf, type TraceContext } from '../observability/trace-context.js';
import type { AggregateStore } from './aggregate-store.js';
import type { Delivery } from './delivery.js';
import type { EventDispatcher } from './event-dispatcher.js';
import type { Outbox } from './outbox.js';
import type { ScopeContext } from './scope-context.js';
import type { Transaction, TransactionManager } from './transaction.js';

/** What a unit of work needs from its surroundings. */
export type UnitOfWorkDependencies = {
  readonly transactions: TransactionManager;
  readonly outbox: Outbox;
  readonly handlers: EventHandlerRegistry;
  readonly dispatcher: EventDispatcher;
  readonly context: ScopeContext;
  /** Where the commit span and the events-raised metric go; the global providers when absent. */
  readonly telemetry?: GliaTelemetry;
};

/** What one commit saved. */
export type CommitResult = {
  /** The committed events, stamped, in raise order. */
  readonly events: readonly DomainEvent[];
  /** The deliveries handed to the dispatcher. */
  readonly deliveries: readonly Delivery[];
};

/** Where a unit of work stands: it commits once, then it is closed (`committed` or `failed`). */
export type UnitOfWorkState = 'open' | 'committing' | 'committed' | 'failed';

type Tracked = {
  readonly aggregate: AggregateRoot;
  readonly store: AggregateStore<AggregateRoot>;
  readonly isNew: boolean;
};

/**
 * Tracks the aggregates of one scope and saves them together: `commit()` writes every changed
 * aggregate (with its expected version) and their events and deliveries in one transaction, and only
 * after that transaction committed clears the events and hands the deliveries to the dispatcher.
 */
export class UnitOfWork {
  private readonly tracked_ = new Map<string, Tracked>();
  private readonly participants: Array<(tx: Transaction) => Promise<void>> = [];
  private state_: UnitOfWorkState = 'open';

  /** Creates a unit of work; scopes do this, applications need not. */
  constructor(private readonly deps: UnitOfWorkDependencies) {}

  /** Where this unit of work stands; `committed` once a handler (or anyone) committed it. */
  get state(): UnitOfWorkState {
    return this.state_;
  }

  /** The context of the scope this unit of work belongs to. */
  get context(): ScopeContext {
    return this.deps.context;
  }

  /** Starts tracking an aggregate; repositories call this for everything they load (or add: `isNew`). */
  track(aggregate: AggregateRoot, store: AggregateStore<AggregateRoot>, isNew = false): void {
    this.assertOpen();
    const key = keyOf(aggregate.aggregateType, aggregate.id);
    const existing = this.tracked_.get(key);
    if (existing !== undefined && existing.aggregate !== aggregate) {
      throw new GliaError(
        'GLIA.DUPLICATE_AGGREGATE',
        `${aggregate.aggregateType} ${aggregate.id} is already tracked by this unit of work as another instance.`,
      );
    }
    this.tracked_.set(key, { aggregate, store, isNew });
  }

  /** The tracked instance of an aggregate, if this unit of work has loaded or added it. */
  tracked<T extends AggregateRoot>(aggregateType: string, id: string): T | undefined {
    return this.tracked_.get(keyOf(aggregateType, id))?.aggregate as T | undefined;
  }

  /**
   * Adds a write to the commit's transaction, after the aggregates and the outbox: an inbox record,
   * a completed delivery. Infrastructure uses it so its bookkeeping commits with the domain's changes.
   */
  enlist(write: (tx: Transaction) => Promise<void>): void {
    this.assertOpen();
    this.participants.push(write);
  }

  /** True if committing would write anything. */
  get hasChanges(): boolean {
    if (this.state_ !== 'open') return false;
    if (this.participants.length > 0) return true;
    for (const tracked of this.tracked_.values()) if (isDirty(tracked)) return true;
    return false;
  }

  /**
   * Saves every new or changed aggregate and its events in one transaction, then dispatches. A
   * failed commit saves nothing, dispatches nothing, and leaves this unit of work failed. While it
   * runs, the tracked aggregates refuse new events: this unit of work could save them no more.
   */
  async commit(): Promise<CommitResult> {
    this.assertOpen();
    this.state_ = 'committing';
    const aggregates = [...this.tracked_.values()].map((t) => t.aggregate);
    for (const aggregate of aggregates) markCommitting(aggregate, true);
    let result: CommitResult;
    try {
      result = await this.save();
    } finally {
      for (const aggregate of aggregates) markCommitting(aggregate, false);
    }
    if (result.deliveries.length > 0) this.deps.dispatcher.dispatch(result.deliveries);
    return result;
  }

  // Saves in one transaction and clears what it saved; the tracked aggregates cannot change meanwhile.
  private async save(): Promise<CommitResult> {
    const dirty = [...this.tracked_.values()].filter(isDirty);
    if (dirty.length === 0 && this.participants.length === 0) {
      this.state_ = 'committed';
      return { events: [], deliveries: [] };
    }
    const telemetry = this.deps.telemetry ?? globalTelemetry;
    const span = telemetry.tracer.startSpan('glia.commit', {}, contextFromTraceContext(this.deps.context));
    // Events carry the commit span's context when it is recorded, the scope's otherwise.
    const events = this.collectEvents(dirty, span.isRecording() ? traceContextOf(span) : this.deps.context);
    const deliveries = this.deliveriesFor(events);
    if (span.isRecording()) {
      span.setAttributes({
        'glia.aggregates': dirty.length,
        'glia.events': events.length,
        [A.batchCount]: deliveries.length,
      });
    }
    try {
      await this.deps.transactions.run(async (tx) => {
        for (const { aggregate, store } of dirty) {
          await store.save(tx, aggregate, { expected: aggregate.version, next: nextVersionOf(aggregate) });
        }
        if (events.length > 0) await this.deps.outbox.append(tx, { events, deliveries });
        for (const write of this.participants) await write(tx);
      });
    } catch (error) {
      this.state_ = 'failed';
      endSpan(span, 'error', error);
      throw error;
    }
    endSpan(span, 'committed');
    for (const event of events) {
      telemetry.instruments.eventsRaised.add(1, telemetry.instruments.attributes(A.eventType, event.eventType));
    }
    for (const { aggregate } of dirty) {
      aggregate.markPersisted(nextVersionOf(aggregate));
      aggregate.clearUncommittedEvents();
    }
    this.state_ = 'committed';
    return { events, deliveries };
  }

  private collectEvents(dirty: readonly Tracked[], trace: TraceContext): DomainEvent[] {
    const { correlationId, causationId } = this.deps.context;
    const { traceparent, tracestate } = trace;
    return dirty
      .flatMap(({ aggregate }) => aggregate.getUncommittedEvents())
      .sort((a, b) => raiseSequenceOf(a) - raiseSequenceOf(b))
      .map((event) =>
        event.withMetadata({
          correlationId: event.correlationId ?? correlationId,
          ...(event.causationId === undefined && causationId !== undefined ? { causationId } : {}),
          ...(event.traceparent === undefined && traceparent !== undefined
            ? { traceparent, ...(tracestate !== undefined && { tracestate }) }
            : {}),
        }),
      );
  }

  private deliveriesFor(events: readonly DomainEvent[]): Delivery[] {
    const now = new Date();
    return events.flatMap((event) =>
      this.deps.handlers.handlersFor(event).map((registration): Delivery => ({
        id: randomUUID(),
        event,
        handler: registration.name,
        status: 'pending',
        attempts: 0,
        availableAt: now,
      })),
    );
  }

  private assertOpen(): void {
    if (this.state_ !== 'open') throw new UnitOfWorkClosedError(this.state_);
  }
}

function keyOf(aggregateType: string, id: string): string {
  return `${aggregateType}\u0000${id}`;
}

// Aggregates change state through events, so only new ones and those with events are written.
function isDirty({ aggregate, isNew }: Tracked): boolean {
  return isNew || aggregate.getUncommittedEvents().length > 0;
}

// A new aggregate saved without events still gets version 1: version 0 means "does not exist".
function nextVersionOf(aggregate: AggregateRoot): number {
  return Math.max(aggregate.pendingVersion, aggregate.version + 1);
}
