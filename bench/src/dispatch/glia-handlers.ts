import { HandlesEvent, type DomainEventHandler, type EventHandlerClass } from '@glia/core';
import type { Completion } from '../measure/completion.js';
import { Pinged } from './pinged.event.js';

/** `count` distinct async Glia handlers of `Pinged`, each counting into `completion`. */
export function gliaHandlers(count: number, completion: Completion): EventHandlerClass[] {
  return Array.from({ length: count }, (_, i) => {
    class PingCounter implements DomainEventHandler<Pinged> {
      async handle(): Promise<void> {
        completion.hit();
      }
    }
    return HandlesEvent(Pinged, { name: `bench.PingCounter${i}` })(PingCounter);
  });
}
