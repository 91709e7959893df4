import { EventEmitter } from 'node:events';
import { Completion } from '../measure/completion.js';

/**
 * The floor: a bare `EventEmitter` with `handlerCount` async listeners. Timed: `emit` for each
 * event, then awaiting the promise that resolves when events × listeners calls have happened.
 */
export async function emitterDispatchSample(handlerCount: number, events: number): Promise<number> {
  const completion = new Completion(events * handlerCount);
  const emitter = new EventEmitter();
  emitter.setMaxListeners(handlerCount + 1);
  for (let i = 0; i < handlerCount; i += 1) {
    emitter.on('pinged', async () => {
      completion.hit();
    });
  }
  const batch = Array.from({ length: events }, (_, n) => ({ n }));

  const start = performance.now();
  for (const event of batch) emitter.emit('pinged', event);
  await completion.done;
  const seconds = (performance.now() - start) / 1000;

  completion.assertDone('EventEmitter');
  return events / seconds;
}
