import { context as otelContext, trace, type Span } from '@opentelemetry/api';
import type { Scope } from '../di/scope.js';
import { ConfigurationError } from '../errors/configuration.error.js';
import { endSpan } from '../observability/end-span.js';
import { globalTelemetry, type GliaTelemetry } from '../observability/glia-telemetry.js';
import { traceOf } from '../observability/publish-span.js';
import { recordConsumerLag, startReceiveSpan } from '../observability/receive-span.js';
import { GLIA_MESSAGING_SYSTEM, TelemetryAttributes as A } from '../observability/telemetry-attributes.js';
import { traceContextOf } from '../observability/trace-context.js';
import type { ScopeContext } from '../uow/scope-context.js';
import type { TransactionManager } from '../uow/transaction.js';
import type { CloudEvent } from './cloud-event.js';
import { DuplicateMessageError } from './duplicate-message.error.js';
import type { Inbox } from './inbox.js';
import type { IntegrationEventRouter } from './integration-event-router.js';

/** How a receiver deduplicates and commits. */
export type IntegrationEventReceiverOptions = {
  /** The consumer's name, unique per service: the inbox records ids under it. */
  readonly name: string;
  /** Which types it handles. */
  readonly router: IntegrationEventRouter;
  /** Deduplicates by CloudEvent id; without it every delivery is handled. */
  readonly inbox?: Inbox;
  /** Opens a scope per event (`glia`): the inbox record commits with the handler's unit of work. */
  readonly scopes?: { openScope(context?: Partial<ScopeContext>): Scope };
  /** Or runs each event in a plain transaction with its inbox record. */
  readonly transactions?: TransactionManager;
  /** `messaging.system` of the process spans, e.g. `rabbitmq` (`glia` when absent). */
  readonly messagingSystem?: string;
  /** Where process spans and consumer metrics go; the global providers when absent. */
  readonly telemetry?: GliaTelemetry;
};

/** What became of one received event. */
export type ReceiveOutcome = 'handled' | 'duplicate';

/** How one event arrived, as the transport that took it knows. */
export type ReceiveOptions = {
  /**
   * The parent of the `process` span: the transport's own `receive` span. The `process` span then
   * links to the trace the event carries, which is its parent when this is absent.
   */
  readonly parent?: Span;
};

/**
 * Receives one integration event: records its id in the inbox and runs its handler in the same
 * transaction, so a redelivery has no second effect. Resolves only once that transaction committed:
 * transports acknowledge then, never before.
 */
export class IntegrationEventReceiver {
  /** Creates a receiver; with an inbox it needs `scopes` or `transactions`. */
  constructor(private readonly options: IntegrationEventReceiverOptions) {
    if (options.inbox !== undefined && options.scopes === undefined && options.transactions === undefined) {
      throw new ConfigurationError(
        'GLIA.INBOX_WITHOUT_TRANSACTIONS',
        `Receiver '${options.name}' has an inbox but neither scopes nor transactions to record it in.`,
      );
    }
  }

  /** The consumer's name. */
  get name(): string {
    return this.options.name;
  }

  /** True if this receiver's router accepts events of `type`. */
  accepts(type: string): boolean {
    return this.options.router.accepts(type);
  }

  /** Handles the event once; `duplicate` if the inbox had it already. */
  async receive(event: CloudEvent, options: ReceiveOptions = {}): Promise<ReceiveOutcome> {
    const { name } = this.options;
    const telemetry = this.options.telemetry ?? globalTelemetry;
    recordConsumerLag(event, name, telemetry);
    const span = startReceiveSpan(event, {
      system: this.options.messagingSystem ?? GLIA_MESSAGING_SYSTEM,
      destination: name,
      consumer: name,
      operation: 'process',
      telemetry,
      ...(options.parent !== undefined && { parent: options.parent }),
    });
    const { instruments } = telemetry;
    try {
      const active = trace.setSpan(otelContext.active(), span);
      const outcome = await otelContext.with(active, () => this.handle(event, span));
      endSpan(span, outcome);
      instruments.received.add(1, instruments.attributes(A.consumer, name, outcome));
      return outcome;
    } catch (error) {
      endSpan(span, 'failed', error);
      instruments.received.add(1, instruments.attributes(A.consumer, name, 'failed'));
      throw error;
    }
  }

  private async handle(event: CloudEvent, span: Span): Promise<ReceiveOutcome> {
    const { name, router, inbox, scopes, transactions } = this.options;
    try {
      if (scopes !== undefined) {
        const scope = scopes.openScope({
          ...(typeof event.correlationid === 'string' ? { correlationId: event.correlationid } : {}),
          causationId: event.id,
          ...(span.isRecording() ? traceContextOf(span) : traceOf(event)),
        });
        if (inbox !== undefined) {
          scope.unitOfWork.enlist(async (tx) => {
            if (!(await inbox.tryRecord(name, event.id, tx))) throw new DuplicateMessageError(name, event.id);
          });
        }
        await router.route(event, { scope });
        await scope.unitOfWork.commit();
      } else if (inbox !== undefined && transactions !== undefined) {
        await transactions.run(async (transaction) => {
          if (!(await inbox.tryRecord(name, event.id, transaction))) throw new DuplicateMessageError(name, event.id);
          await router.route(event, { transaction });
        });
      } else {
        await router.route(event);
      }
      return 'handled';
    } catch (error) {
      if (DuplicateMessageError.is(error)) return 'duplicate';
      throw error;
    }
  }
}
