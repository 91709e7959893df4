// Test fixtures of the observability specs: a small ordering domain with a flaky and a broken handler.
import { z } from 'zod';
import { AggregateRoot } from '../domain/aggregate-root.js';
import { AggregateType } from '../domain/aggregate-type.decorator.js';
import { DomainEvent } from '../domain/domain-event.js';
import { EventType } from '../domain/event-type.decorator.js';
import { InjectRepository } from '../di/inject-repository.decorator.js';
import type { DomainEventHandler } from '../events/domain-event-handler.js';
import { HandlesEvent } from '../events/handles-event.decorator.js';
import { defineIntegrationEvent } from '../integration/integration-event-definition.js';
import { mapDomainEvent } from '../integration/integration-event-mapping.js';
import { HandlesCommand } from '../mediator/handles-message.decorator.js';
import { defineCommand } from '../mediator/message-definition.js';
import type { CommandHandler } from '../mediator/message-handlers.js';
import type { Repository } from '../uow/repository.js';

@EventType('obs.TicketOpened.v1')
export class TicketOpened extends DomainEvent {
  constructor(readonly title: string) {
    super();
  }
}

@AggregateType('obs.Ticket')
export class Ticket extends AggregateRoot {
  constructor(readonly id: string) {
    super();
  }
  open(title: string): void {
    this.raiseEvent(new TicketOpened(title));
  }
}

export const OpenTicket = defineCommand('obs.OpenTicket', z.object({ id: z.string(), title: z.string() }));

@HandlesCommand(OpenTicket)
export class OpenTicketHandler implements CommandHandler<typeof OpenTicket> {
  constructor(@InjectRepository(Ticket) private readonly tickets: Repository<Ticket>) {}
  async execute({ id, title }: { id: string; title: string }): Promise<void> {
    const ticket = new Ticket(id);
    this.tickets.add(ticket);
    ticket.open(title);
  }
}

/** Handles every event. */
@HandlesEvent(TicketOpened, { name: 'obs.audit' })
export class AuditHandler implements DomainEventHandler<TicketOpened> {
  async handle(): Promise<void> {}
}

/** Fails the first attempt of every delivery, then succeeds. */
@HandlesEvent(TicketOpened, { name: 'obs.flaky', retry: { maxAttempts: 2, initialDelayMs: 1, jitter: 0 } })
export class FlakyHandler implements DomainEventHandler<TicketOpened> {
  static readonly seen = new Set<string>();
  async handle(event: TicketOpened): Promise<void> {
    if (FlakyHandler.seen.has(event.eventId)) return;
    FlakyHandler.seen.add(event.eventId);
    throw new Error('first attempt fails');
  }
}

/** Always fails, once: dead at once. */
@HandlesEvent(TicketOpened, { name: 'obs.broken', retry: { maxAttempts: 1 } })
export class BrokenHandler implements DomainEventHandler<TicketOpened> {
  async handle(): Promise<void> {
    throw new Error('always broken');
  }
}

export const TicketOpenedV1 = defineIntegrationEvent({
  type: 'com.example.ticket.opened.v1',
  source: '/obs/tickets',
  schema: z.object({ id: z.string(), title: z.string() }),
});

export const ticketOpenedMapping = mapDomainEvent(TicketOpened, TicketOpenedV1, (event) => ({
  id: event.aggregateId ?? '',
  title: event.title,
}));
