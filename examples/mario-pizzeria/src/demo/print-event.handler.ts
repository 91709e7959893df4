import { DomainEvent, HandlesEvent, type DomainEventHandler } from '@glia/core';
import { inject } from 'inversify';
import { Printer } from './printer.js';

/** Prints every domain event as it is handled; registered for the `DomainEvent` base class, so it sees them all. */
@HandlesEvent(DomainEvent, { name: 'pizzeria.demo.PrintEvent' })
export class PrintEventHandler implements DomainEventHandler {
  /** Receives the printer. */
  constructor(@inject(Printer) private readonly print: Printer) {}

  /** Prints the event's type, its aggregate (kind and id) and the version it gave the aggregate. */
  async handle(event: DomainEvent): Promise<void> {
    const kind = event.aggregateType?.split('.').at(-1)?.toLowerCase() ?? '?';
    this.print(`  event  ${event.eventType}  ${kind}=${event.aggregateId ?? '?'}  v${event.aggregateVersion ?? '?'}`);
  }
}
