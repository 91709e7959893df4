import { describe, expect, it } from '@jest/globals';
import {
  EventHandlerRegistry,
  TrackingRepository,
  UnitOfWork,
  createGlia,
  inMemoryPersistence,
  repositoryToken,
  silentLogger,
  type Repository,
} from '@glia/core';
import { ItemAdded, Order, OrderCreated } from './fixtures/order.fixture.js';
import { RecordingDispatcher } from './recording-dispatcher.js';
import { recordingHandler } from './recording-handler.js';

describe('RecordingDispatcher', () => {
  it('records what a unit of work dispatched after its commit, one batch per commit', async () => {
    const persistence = inMemoryPersistence();
    const handlers = new EventHandlerRegistry();
    const Recorder = recordingHandler([OrderCreated, ItemAdded], 'orders.recorder');
    const Other = recordingHandler([ItemAdded], 'orders.other');
    handlers.register(Recorder);
    handlers.register(Other);
    const dispatcher = new RecordingDispatcher();
    const unitOfWork = new UnitOfWork({
      transactions: persistence.transactions,
      outbox: persistence.outbox,
      handlers,
      dispatcher,
      context: { correlationId: 'c-1' },
    });
    const order = Order.create('o-1', 'Mario');
    order.addItem('margherita', 1);
    new TrackingRepository(persistence.storeFor(Order), unitOfWork).add(order);
    expect(dispatcher.deliveries).toEqual([]);
    await unitOfWork.commit();
    expect(dispatcher.dispatches).toHaveLength(1);
    expect(dispatcher.deliveries.map((d) => d.handler)).toEqual(['orders.recorder', 'orders.recorder', 'orders.other']);
    expect(dispatcher.events.map((e) => e.constructor)).toEqual([OrderCreated, ItemAdded]);
    expect(dispatcher.eventsOf(ItemAdded)).toEqual([expect.objectContaining({ sku: 'margherita' })]);
    expect(dispatcher.deliveriesTo('orders.other')).toHaveLength(1);
    expect(Recorder.events).toEqual([]);
    dispatcher.clear();
    expect(dispatcher.events).toEqual([]);
  });
});

describe('RecordingDispatcher.attachTo and recordingHandler', () => {
  it('record through createGlia what was dispatched and what the handlers really received', async () => {
    const recorder = new RecordingDispatcher();
    const AllEvents = recordingHandler();
    const glia = await createGlia({
      persistence: recorder.attachTo(inMemoryPersistence()),
      aggregates: [Order],
      eventHandlers: [AllEvents],
      logger: silentLogger,
    });
    const scope = glia.openScope();
    const order = Order.create('o-9', 'Peach');
    order.addItem('funghi', 2);
    scope.get<Repository<Order>>(repositoryToken(Order)).add(order);
    await scope.unitOfWork.commit();
    await glia.drain();
    expect(recorder.events.map((e) => e.constructor)).toEqual([OrderCreated, ItemAdded]);
    expect(AllEvents.events.map((e) => e.eventId)).toEqual(recorder.events.map((e) => e.eventId));
    AllEvents.clear();
    expect(AllEvents.events).toEqual([]);
    await glia.close();
  });
});
