import { defineIntegrationEvent, mapDomainEvent } from '@glia/core';
import { z } from 'zod';
import { Pinged } from '../dispatch/pinged.event.js';

/** The integration event the relay benchmarks publish: one per `Pinged`, a small JSON payload. */
export const PingedV1 = defineIntegrationEvent({
  type: 'dev.glia.bench.pinged.v1',
  source: '/glia/bench',
  schema: z.object({ n: z.number().int() }),
});

/** Maps each committed `Pinged` to a `PingedV1` in the commit's transaction. */
export const pingedMapping = mapDomainEvent(Pinged, PingedV1, (event) => ({ n: event.n }));
