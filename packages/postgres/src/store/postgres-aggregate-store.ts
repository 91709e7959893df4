import {
  ConcurrencyError,
  type AggregateMapper,
  type AggregateRoot,
  type AggregateStore,
  type SaveVersions,
  type Transaction,
} from '@glia/core';
import type { SqlDriver } from '../driver/sql-driver.js';
import { PostgresTransaction } from '../postgres-transaction.js';
import { decodeJson, encodeJson } from '../serialization/tagged-json.js';
import { isUniqueViolation } from './unique-violation.js';

/**
 * State-based aggregates of one type as JSONB rows with their version. A save inserts (expected
 * version 0) or updates only while the stored version is still the expected one.
 */
export class PostgresAggregateStore<T extends AggregateRoot> implements AggregateStore<T> {
  /** Creates the store of one aggregate type; `schema` is already quoted. */
  constructor(
    readonly aggregateType: string,
    private readonly mapper: AggregateMapper<T>,
    private readonly driver: SqlDriver,
    private readonly schema: string,
  ) {}

  /** Loads the aggregate at its stored version. */
  async load(id: string): Promise<T | undefined> {
    const rows = await this.driver.query<{ version: number; state: string }>(
      `SELECT version, state::text AS state FROM ${this.schema}.aggregates WHERE aggregate_type = $1 AND aggregate_id = $2`,
      [this.aggregateType, id],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    const aggregate = this.mapper.fromSnapshot(decodeJson(row.state));
    aggregate.clearUncommittedEvents();
    aggregate.markPersisted(Number(row.version));
    return aggregate;
  }

  /** Inserts or updates inside `tx`; a stale or duplicate save throws `ConcurrencyError`. */
  async save(tx: Transaction, aggregate: T, versions: SaveVersions): Promise<void> {
    const { client } = PostgresTransaction.from(tx, this.driver);
    const state = encodeJson(this.mapper.toSnapshot(aggregate));
    const key = [this.aggregateType, aggregate.id];
    if (versions.expected === 0) {
      try {
        const inserted = await client.query(
          `INSERT INTO ${this.schema}.aggregates (aggregate_type, aggregate_id, version, state)
           VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT DO NOTHING RETURNING version`,
          [...key, versions.next, state],
        );
        if (inserted.length === 1) return;
      } catch (error) {
        // The transaction is aborted now, so the current version cannot be read: report what we know.
        if (isUniqueViolation(error)) throw new ConcurrencyError(this.aggregateType, aggregate.id, 0, undefined);
        throw error;
      }
    } else {
      const updated = await client.query(
        `UPDATE ${this.schema}.aggregates SET version = $3, state = $4::jsonb, updated_at = now()
         WHERE aggregate_type = $1 AND aggregate_id = $2 AND version = $5 RETURNING version`,
        [...key, versions.next, state, versions.expected],
      );
      if (updated.length === 1) return;
    }
    const current = await client.query<{ version: number }>(
      `SELECT version FROM ${this.schema}.aggregates WHERE aggregate_type = $1 AND aggregate_id = $2`,
      key,
    );
    const actual = current[0] === undefined ? undefined : Number(current[0].version);
    throw new ConcurrencyError(this.aggregateType, aggregate.id, versions.expected, actual);
  }
}
