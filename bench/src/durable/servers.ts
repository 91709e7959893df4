import amqp from 'amqplib';
import pg from 'pg';

/** Where the suites look for servers: the same defaults and variables as the packages' tests. */
export const DATABASE_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The broker of the relay suite. */
export const AMQP_URL = process.env['AMQP_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672';

/** A server that answered (its version), or why it did not. */
export type Probe = { readonly ok: true; readonly version: string } | { readonly ok: false; readonly reason: string };

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)) || 'unreachable';
// The URL without its credentials, for a reason that is printed.
const redacted = (url: string): string => url.replace(/\/\/[^@]*@/, '//');

/** Connects once to PostgreSQL and reads its version; never throws. */
export async function probePostgres(url = DATABASE_URL): Promise<Probe> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return { ok: true, version: rows[0]?.server_version ?? 'unknown' };
  } catch (error) {
    return { ok: false, reason: `PostgreSQL at ${redacted(url)}: ${reasonOf(error)}` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Connects once to RabbitMQ and reads its version; never throws. */
export async function probeRabbitMq(url = AMQP_URL): Promise<Probe> {
  try {
    const connection = await amqp.connect(url, { timeout: 3_000 });
    const properties = connection.connection.serverProperties as Record<string, unknown>;
    await connection.close();
    return { ok: true, version: String(properties['version'] ?? 'unknown') };
  } catch (error) {
    return { ok: false, reason: `RabbitMQ at ${redacted(url)}: ${reasonOf(error)}` };
  }
}
