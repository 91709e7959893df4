import type { SqlDriver } from '@glia/postgres';
import type { ContactChange } from '../customers/contact-change.js';
import type { CustomerDirectory } from '../customers/customer-directory.js';
import { quoteSchemaName } from './sql-schema-name.js';

/**
 * The customer directory in `pizzeria_customer_contacts`, with the version each customer was last
 * applied at in `pizzeria_customer_versions`: both written in one transaction, so a redelivered or
 * late event finds its version taken and changes nothing.
 */
export class SqlCustomerDirectory implements CustomerDirectory {
  private readonly contacts: string;
  private readonly versions: string;

  /** Uses the tables `migrateReadModels` created in `schema`. */
  constructor(
    private readonly driver: SqlDriver,
    schema: string,
  ) {
    const quoted = quoteSchemaName(schema);
    this.contacts = `${quoted}.pizzeria_customer_contacts`;
    this.versions = `${quoted}.pizzeria_customer_versions`;
  }

  /** Moves the customer's version forward (the row lock orders concurrent changes), then the contacts. */
  async apply(change: ContactChange): Promise<boolean> {
    return this.driver.transaction(async (client) => {
      const advanced = await client.query(
        `INSERT INTO ${this.versions} AS v (customer_id, version, event_id) VALUES ($1, $2, $3)
         ON CONFLICT (customer_id) DO UPDATE SET version = EXCLUDED.version, event_id = EXCLUDED.event_id
         WHERE v.version < EXCLUDED.version
         RETURNING customer_id`,
        [change.customerId, change.version, change.eventId],
      );
      if (advanced.length === 0) return false;
      if (change.forget.length > 0) {
        await client.query(`DELETE FROM ${this.contacts} WHERE contact = ANY($1::text[]) AND customer_id = $2`, [
          change.forget.map((c) => c.toLowerCase()),
          change.customerId,
        ]);
      }
      for (const contact of change.remember) {
        await client.query(
          `INSERT INTO ${this.contacts} (contact, customer_id) VALUES ($1, $2)
           ON CONFLICT (contact) DO UPDATE SET customer_id = EXCLUDED.customer_id`,
          [contact.toLowerCase(), change.customerId],
        );
      }
      return true;
    });
  }

  /** Looks the contact up. */
  async lookup(contact: string): Promise<string | undefined> {
    const rows = await this.driver.query<{ customer_id: string }>(
      `SELECT customer_id FROM ${this.contacts} WHERE contact = $1`,
      [contact.toLowerCase()],
    );
    return rows[0]?.customer_id;
  }
}
