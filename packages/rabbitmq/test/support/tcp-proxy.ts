import { createConnection, createServer, type Server, type Socket } from 'node:net';

/** A loopback TCP proxy to the broker whose connections the test can cut, like a network failure. */
export class TcpProxy {
  private refusing = false;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly sockets: Set<Socket>,
  ) {}

  /** Listens on a free loopback port and forwards to `host:port`. */
  static async start(host: string, port: number): Promise<TcpProxy> {
    const sockets = new Set<Socket>();
    let proxy: TcpProxy | undefined = undefined;
    const server = createServer((client) => {
      if (proxy?.refusing === true) {
        client.destroy();
        return;
      }
      const upstream = createConnection({ host, port });
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    proxy = new TcpProxy(server, typeof address === 'object' && address !== null ? address.port : 0, sockets);
    return proxy;
  }

  /** Destroys every open connection through the proxy; new ones are still accepted. */
  cut(): number {
    const count = this.sockets.size;
    for (const socket of this.sockets) socket.destroy();
    return count;
  }

  /** The broker goes away: open connections are cut, new ones are closed at once, until `up()`. */
  down(): void {
    this.refusing = true;
    this.cut();
  }

  /** The broker is back: new connections are forwarded again. */
  up(): void {
    this.refusing = false;
  }

  /** Stops listening and cuts what is left. */
  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
