import { AggregateRoot, DomainEvent } from '@glia/core';

/**
 * The events an assertion subject holds: an aggregate's uncommitted events, a list of events, or
 * anything with an `events` list (a commit result, a recording dispatcher). Undefined otherwise.
 */
export function raisedEvents(subject: unknown): readonly DomainEvent[] | undefined {
  if (subject instanceof AggregateRoot) return subject.getUncommittedEvents();
  const list = Array.isArray(subject) ? subject : (subject as { events?: unknown } | null)?.events;
  if (!Array.isArray(list)) return undefined;
  return list.every((e) => e instanceof DomainEvent) ? (list as DomainEvent[]) : undefined;
}
