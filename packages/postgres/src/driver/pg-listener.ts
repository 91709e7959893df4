import pg from 'pg';
import { consoleLogger, describeError, type Logger } from '@glia/core';

/** The first wait before reconnecting a lost LISTEN connection, doubled per failed try up to the most. */
const FIRST_RETRY_MS = 100;
const MOST_RETRY_MS = 5_000;

/**
 * One LISTEN subscription on a dedicated connection (a pooled one would lose it). When the
 * connection drops (a server restart, `pg_terminate_backend`), it reconnects with backoff, listens
 * again, and calls `onNotify` once, since commits made meanwhile sent notifications nobody heard.
 */
export class PgListener {
  private client: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  /** Prepares the subscription; `start()` connects. */
  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly onNotify: () => void,
    private readonly logger: Logger = consoleLogger,
  ) {}

  /** Connects and listens; rejects if the first connection fails (no retries then). */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Stops listening and reconnecting. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'glia-listen' });
    // A dropped connection emits 'error' (when idle) and then 'end'; 'end' is where it is handled.
    client.on('error', () => undefined);
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onNotify();
    });
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    client.once('end', () => this.dropped(client));
  }

  // Logged once per drop, not per failed try: the worker and the relay keep polling meanwhile.
  private dropped(client: pg.Client): void {
    if (this.stopped || this.client !== client) return;
    this.client = undefined;
    this.logger.warn('LISTEN connection lost; reconnecting, and polling meanwhile', { channel: this.channel });
    this.reconnect(FIRST_RETRY_MS);
  }

  private reconnect(delayMs: number): void {
    this.retry = setTimeout(() => {
      this.connect().then(
        () => {
          if (this.stopped) return;
          this.logger.info('LISTEN connection re-established', { channel: this.channel });
          this.onNotify();
        },
        (error: unknown) => {
          if (this.stopped) return;
          this.logger.debug('LISTEN reconnect failed; trying again', { error: describeError(error) });
          this.reconnect(Math.min(delayMs * 2, MOST_RETRY_MS));
        },
      );
    }, delayMs);
    // Reconnecting alone must not keep a process alive that has nothing else to do.
    this.retry.unref();
  }
}
