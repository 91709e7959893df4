import { DomainEvent, EventType } from '@glia/core';

/** The event every Glia dispatch benchmark delivers: a small payload, like most domain events. */
@EventType('bench.Pinged.v1')
export class Pinged extends DomainEvent {
  /** Carries its sequence number. */
  constructor(readonly n: number) {
    super();
  }
}
