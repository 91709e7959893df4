import { ConfigurationError, type Transaction, type TransactionManager } from '@glia/core';
import type { SqlClient, SqlDriver } from './driver/sql-driver.js';
import { workerConnectionsFor } from './worker/worker-connections.js';

/**
 * An open PostgreSQL transaction. Handlers reach it through `unitOfWork.enlist(tx => …)` and
 * `PostgresTransaction.from(tx)` to write their own rows atomically with the unit of work.
 */
export class PostgresTransaction implements Transaction {
  /** Marks transactions of this adapter. */
  readonly adapter = 'postgres';

  /** Wraps one open transaction of `driver`. */
  constructor(
    /** The connection the transaction runs on. */
    readonly client: SqlClient,
    /** The driver that opened it, so stores refuse a transaction of another database. */
    readonly driver: SqlDriver,
  ) {}

  /** Runs one statement inside the transaction. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]> {
    return this.client.query<R>(sql, params);
  }

  /** Narrows a core transaction; throws if another adapter opened it. */
  static from(tx: Transaction, driver?: SqlDriver): PostgresTransaction {
    if (!(tx instanceof PostgresTransaction) || (driver !== undefined && tx.driver !== driver)) {
      throw new ConfigurationError(
        'GLIA.FOREIGN_TRANSACTION',
        `A PostgreSQL store was given a transaction of another adapter or database ('${tx.adapter}').`,
      );
    }
    return tx;
  }
}

/** Opens PostgreSQL transactions for units of work. */
export class PostgresTransactionManager implements TransactionManager {
  /** Creates a manager over one driver. */
  constructor(private readonly driver: SqlDriver) {}

  /** Runs `work` in one transaction; inside a delivery, on the delivery worker's own connections. */
  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const connections = workerConnectionsFor(this.driver) ?? this.driver;
    return connections.transaction((client) => work(new PostgresTransaction(client, this.driver)));
  }
}
