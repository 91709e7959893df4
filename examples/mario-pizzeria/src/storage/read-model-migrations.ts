import type { Migration } from '@glia/postgres';

/**
 * The pizzeria's read-model tables, in the same schema as Glia's own (`{schema}`), prefixed
 * `pizzeria_`. Numbered on their own (tracked in `pizzeria_migrations`, not Glia's table). Never edit
 * a released migration: add the next one.
 */
export const readModelMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'order summaries, customer directory, notifications, sales, kitchen tickets',
    sql: `
      CREATE TABLE IF NOT EXISTS {schema}.pizzeria_order_summaries (
        order_id text PRIMARY KEY,
        seq bigserial NOT NULL,
        customer_id text,
        customer_name text NOT NULL,
        status text NOT NULL,
        pizzas jsonb NOT NULL,
        total_cents integer NOT NULL,
        driver_id text,
        version integer NOT NULL,
        placed_at timestamptz NOT NULL
      );
      CREATE INDEX IF NOT EXISTS pizzeria_order_summaries_status
        ON {schema}.pizzeria_order_summaries (status, placed_at);
      CREATE TABLE IF NOT EXISTS {schema}.pizzeria_customer_contacts (
        contact text PRIMARY KEY,
        customer_id text NOT NULL
      );
      CREATE TABLE IF NOT EXISTS {schema}.pizzeria_customer_versions (
        customer_id text PRIMARY KEY,
        version integer NOT NULL,
        event_id text NOT NULL
      );
      CREATE TABLE IF NOT EXISTS {schema}.pizzeria_notifications (
        id text PRIMARY KEY,
        seq bigserial NOT NULL,
        customer_id text NOT NULL,
        order_id text NOT NULL,
        kind text NOT NULL,
        message text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        dismissed_at timestamptz
      );
      CREATE INDEX IF NOT EXISTS pizzeria_notifications_customer
        ON {schema}.pizzeria_notifications (customer_id, seq);
      CREATE TABLE IF NOT EXISTS {schema}.pizzeria_sales (
        event_id text PRIMARY KEY,
        seq bigserial NOT NULL,
        order_id text NOT NULL,
        customer_key text NOT NULL,
        customer_name text NOT NULL,
        day text NOT NULL,
        total_cents integer NOT NULL,
        pizzas jsonb NOT NULL
      );
      CREATE INDEX IF NOT EXISTS pizzeria_sales_day ON {schema}.pizzeria_sales (day);
      CREATE INDEX IF NOT EXISTS pizzeria_sales_customer ON {schema}.pizzeria_sales (customer_key, seq);
      CREATE TABLE IF NOT EXISTS {schema}.pizzeria_kitchen_tickets (
        order_id text PRIMARY KEY,
        seq bigserial NOT NULL,
        customer_name text NOT NULL,
        items jsonb NOT NULL,
        pinned_at timestamptz NOT NULL DEFAULT now()
      );`,
  },
  {
    version: 2,
    name: 'mailbox: the emails sent, for the mailbox and track pages',
    sql: `
      CREATE TABLE IF NOT EXISTS {schema}.pizzeria_mails (
        message_id text PRIMARY KEY,
        seq bigserial NOT NULL,
        order_id text,
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        sent_at timestamptz NOT NULL
      );
      CREATE INDEX IF NOT EXISTS pizzeria_mails_order ON {schema}.pizzeria_mails (order_id, seq);`,
  },
  {
    version: 3,
    name: 'cancelled orders: kitchen tickets withdrawn, sales cancelled',
    sql: `
      ALTER TABLE {schema}.pizzeria_kitchen_tickets ADD COLUMN IF NOT EXISTS withdrawn_at timestamptz;
      CREATE TABLE IF NOT EXISTS {schema}.pizzeria_sales_cancellations (
        order_id text PRIMARY KEY,
        event_id text NOT NULL,
        cancelled_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX IF NOT EXISTS pizzeria_sales_order ON {schema}.pizzeria_sales (order_id);`,
  },
];
