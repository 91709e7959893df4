// Code quoted in docs/persistence.md, docs/delivery-guarantees.md and docs/operating-the-outbox.md;
// compiled by `pnpm typecheck`.
import { inject } from 'inversify';
import {
  AggregateRoot,
  AggregateType,
  DomainEvent,
  EventType,
  HandlesEvent,
  UnitOfWork,
  createGlia,
  type AggregateMapper,
  type DomainEventHandler,
  type Glia,
} from '@glia/core';
import {
  PostgresTransaction,
  eventSourced,
  migrate,
  pgDriver,
  pgliteDriver,
  postgresPersistence,
  type Migration,
  type PostgresPersistence,
} from '@glia/postgres';

/** A room was booked. */
@EventType('hotel.RoomBooked.v1')
export class RoomBooked extends DomainEvent {
  constructor(
    readonly guest: string,
    readonly arrival: Date,
    readonly price: string,
  ) {
    super();
  }
}

// #region mapper
/** A booking: a date, an exact price (a decimal string), a nested value object. */
@AggregateType('hotel.Booking')
export class Booking extends AggregateRoot {
  constructor(
    readonly id: string,
    readonly guest: { readonly name: string; readonly email: string },
    readonly arrival: Date,
    readonly price: string,
  ) {
    super();
  }

  static book(id: string, guest: { name: string; email: string }, arrival: Date, price: string): Booking {
    const booking = new Booking(id, guest, arrival, price);
    booking.raiseEvent(new RoomBooked(guest.name, arrival, price));
    return booking;
  }
}

type BookingSnapshot = { id: string; guest: { name: string; email: string }; arrival: Date; price: string };

/** Explicit serialisation: what is stored is exactly what this returns (Dates included). */
export const bookingMapper: AggregateMapper<Booking, BookingSnapshot> = {
  toSnapshot: (b) => ({ id: b.id, guest: { ...b.guest }, arrival: b.arrival, price: b.price }),
  fromSnapshot: (s) => new Booking(s.id, s.guest, s.arrival, s.price),
};
// #endregion mapper

// #region pglite
/** Embedded PostgreSQL: no server; in memory, or in a directory that survives restarts. */
export async function startOnPglite(dataDir?: string): Promise<Glia> {
  return createGlia({
    persistence: postgresPersistence({ driver: pgliteDriver(dataDir === undefined ? {} : { dataDir }) }),
    aggregates: [{ aggregate: Booking, mapper: bookingMapper }],
  });
}
// #endregion pglite

// #region server
/** A PostgreSQL server: the same application, another driver (DATABASE_URL by default). */
export async function startOnServer(connectionString: string): Promise<Glia> {
  return createGlia({
    persistence: postgresPersistence({
      driver: pgDriver({ connectionString, max: 20 }),
      schema: 'hotel',
      migrate: false, // migrations run in the deploy step instead, see below
      worker: { concurrency: 8, leaseMs: 60_000 },
    }),
    aggregates: [{ aggregate: Booking, mapper: bookingMapper }],
  });
}

/** The deploy step: applies pending migrations; safe to run from several processes at once. */
export async function migrateOnDeploy(connectionString: string): Promise<void> {
  const persistence = postgresPersistence({ driver: pgDriver({ connectionString }), schema: 'hotel' });
  const { applied } = await persistence.migrate();
  console.log(`applied migrations: ${applied.join(', ') || 'none'}`);
  await persistence.close();
}
// #endregion server

// #region app-migrations
/** The application's own tables, numbered apart from Glia's. Append only: never edit a released one. */
export const hotelMigrations: readonly Migration[] = [
  { version: 1, name: 'room board', sql: 'CREATE TABLE {schema}.hotel_rooms (room text PRIMARY KEY, guest text)' },
  { version: 2, name: 'room floor', sql: 'ALTER TABLE {schema}.hotel_rooms ADD COLUMN floor integer' },
];

/** Glia's migrations, then the application's, tracked in `hotel_migrations` in the same schema. */
export async function migrateAll(persistence: PostgresPersistence): Promise<void> {
  await persistence.migrate();
  await migrate(persistence.driver, { schema: 'hotel', migrations: hotelMigrations, table: 'hotel_migrations' });
}
// #endregion app-migrations

// #region event-sourced
/** Money was paid into a folio. */
@EventType('hotel.PaymentReceived.v1')
export class PaymentReceived extends DomainEvent {
  constructor(readonly cents: number) {
    super();
  }
}

/** An event-sourced aggregate: its stream is its state. */
@AggregateType('hotel.Folio')
export class Folio extends AggregateRoot {
  paidCents = 0;
  constructor(readonly id: string) {
    super();
  }
  pay(cents: number): void {
    this.raiseEvent(new PaymentReceived(cents));
  }
  protected override apply(event: DomainEvent): void {
    if (event instanceof PaymentReceived) this.paidCents += event.cents;
  }
}

/** Registered with `eventSourced` instead of a snapshot mapper. */
export const folioRegistration = {
  aggregate: Folio,
  mapper: eventSourced({ create: (id) => new Folio(id), events: [PaymentReceived] }),
};
// #endregion event-sourced

// #region idempotent
/** Writes a row per booking; the row commits with the delivery's completion, or not at all. */
@HandlesEvent(RoomBooked, { name: 'hotel.record-arrival' })
export class RecordArrival implements DomainEventHandler<RoomBooked> {
  constructor(@inject(UnitOfWork) private readonly unitOfWork: UnitOfWork) {}

  async handle(event: RoomBooked): Promise<void> {
    this.unitOfWork.enlist(async (tx) => {
      // ON CONFLICT makes a second run harmless even outside the worker's guarantees.
      await PostgresTransaction.from(tx).query(
        'INSERT INTO hotel_arrivals (event_id, guest, arrival) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [event.eventId, event.guest, event.arrival.toISOString()],
      );
    });
  }
}
// #endregion idempotent

// #region inbox
/** A consumer of messages from elsewhere: the inbox makes a redelivered message a no-op. */
export async function onPaymentMessage(
  persistence: PostgresPersistence,
  message: { id: string; folio: string; cents: number },
): Promise<void> {
  const ran = await persistence.inbox.process('hotel.payments', message.id, async (tx) => {
    await tx.query('UPDATE hotel_folios SET paid = paid + $2 WHERE id = $1', [message.folio, message.cents]);
  });
  if (!ran) console.log(`message ${message.id} was processed already`);
}
// #endregion inbox

// #region operations
/** A health check and a nightly cleanup. */
export async function operate(persistence: PostgresPersistence): Promise<void> {
  for (const s of await persistence.operations.stats()) {
    console.log(`${s.handler}: ${s.pending} pending (${s.failed} failing), ${s.dead} dead`, s.oldestPendingAgeMs);
  }
  for (const dead of await persistence.operations.dead({ limit: 20 })) {
    console.log(dead.handler, dead.event.eventType, dead.attempts, dead.lastError);
  }
  await persistence.operations.retryDead({ handler: 'hotel.record-arrival' });
  await persistence.operations.purge({ olderThanMs: 7 * 24 * 3600_000, inboxOlderThanMs: 30 * 24 * 3600_000 });
}
// #endregion operations
