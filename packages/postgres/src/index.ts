// @glia/postgres: the public API. Anything not exported here is internal.

// Drivers
export { DEFAULT_DATABASE_URL, PgDriver, pgDriver, type PgDriverOptions } from './driver/pg-driver.js';
export { PgliteDriver, pgliteDriver, type PgliteDriverOptions } from './driver/pglite-driver.js';
export type { ListenOptions, SqlClient, SqlDriver, SqlPool } from './driver/sql-driver.js';

// Persistence
export { PostgresPersistence, postgresPersistence, type PostgresPersistenceOptions } from './postgres-persistence.js';
export { PostgresTransaction, PostgresTransactionManager } from './postgres-transaction.js';
export { migrate, type MigrateOptions, type MigrationResult } from './schema/migrator.js';
export { migrations, type Migration } from './schema/migrations.js';

// Stores
export { eventSourced, type EventSourcedMapper, type EventSourcedOptions } from './store/event-sourced.js';
export { EventSourcedStore } from './store/event-sourced-store.js';
export { PostgresAggregateStore } from './store/postgres-aggregate-store.js';
export { PostgresEventStore } from './store/postgres-event-store.js';
export { decodeJson, encodeJson, fromTaggedJson, toTaggedJson } from './serialization/tagged-json.js';

// Outbox, worker, inbox, operations
export { PostgresOutbox } from './outbox/postgres-outbox.js';
export { UnknownStoredEvent } from './outbox/stored-event.js';
export { DeliveryWorker } from './worker/delivery-worker.js';
export type { DeliveryWorkerOptions } from './worker/delivery-worker-options.js';
export { LeaseLostError } from './worker/lease-lost.error.js';
export { PostgresInbox } from './inbox/postgres-inbox.js';
export { OutboxOperations, type PurgeOptions, type PurgeResult } from './operations/outbox-operations.js';
export type { DeadDeliveryQuery } from './outbox/dead-delivery-query.js';
export type { MessageStats } from './operations/message-stats.js';
export type { ParkedMessage } from './operations/parked-message.js';
