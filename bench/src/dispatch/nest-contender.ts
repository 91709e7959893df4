import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule, EventBus, EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { Completion } from '../measure/completion.js';

/** The same event as Glia's `Pinged`, as a plain class, the way @nestjs/cqrs users write events. */
class NestPinged {
  constructor(readonly n: number) {}
}

@Module({})
class BenchModule {}

function nestHandlers(count: number, completion: Completion): Function[] {
  return Array.from({ length: count }, (_, i) => {
    class PingCounter implements IEventHandler<NestPinged> {
      async handle(): Promise<void> {
        completion.hit();
      }
    }
    Object.defineProperty(PingCounter, 'name', { value: `PingCounter${i}` });
    EventsHandler(NestPinged)(PingCounter);
    return PingCounter;
  });
}

/**
 * @nestjs/cqrs with default (singleton) `@EventsHandler` handlers. Untimed: the application context
 * is created and the events are built. Timed: `eventBus.publish(event)` for each event, then
 * awaiting the promise that resolves when events × handlers calls have happened.
 */
export async function nestDispatchSample(handlerCount: number, events: number): Promise<number> {
  const completion = new Completion(events * handlerCount);
  const app = await NestFactory.createApplicationContext(
    {
      module: BenchModule,
      imports: [CqrsModule.forRoot()],
      providers: nestHandlers(handlerCount, completion) as never,
    },
    { logger: false, abortOnError: false },
  );
  await app.init();
  const bus = app.get(EventBus);
  const batch = Array.from({ length: events }, (_, i) => new NestPinged(i));

  const start = performance.now();
  for (const event of batch) bus.publish(event);
  await completion.done;
  const seconds = (performance.now() - start) / 1000;

  completion.assertDone('@nestjs/cqrs');
  await app.close();
  return events / seconds;
}
