import { AggregateRoot, AggregateType } from '@glia/core';
import { Pinged } from './pinged.event.js';

/** An aggregate whose only behaviour is to raise `Pinged` events. */
@AggregateType('bench.Pinger')
export class Pinger extends AggregateRoot {
  /** Pings raised so far. */
  pings = 0;

  /** A pinger with this id. */
  constructor(readonly id: string) {
    super();
  }

  /** Raises one `Pinged`. */
  ping(): void {
    this.pings += 1;
    this.raiseEvent(new Pinged(this.pings));
  }
}
