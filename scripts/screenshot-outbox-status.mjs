// Renders docs/images/outbox-status.png: a pizzeria's outbox in a temporary PGlite directory (handlers
// that keep up, one whose retries wait, one with dead deliveries, one that no process runs), then the
// real `glia outbox status` in colour, drawn as a terminal by Chromium.
//
//   node scripts/screenshot-outbox-status.mjs   (needs /usr/bin/chromium, or CHROMIUM=/path/to/chrome)
//
// It also prints the table without colours, for the text version in docs/operations.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cliRoot = join(root, 'packages', 'cli');
const output = join(root, 'docs', 'images', 'outbox-status.png');
const shownCommand = 'glia outbox status --database ./.data/pizzeria';
const chromiumPath = process.env['CHROMIUM'] ?? '/usr/bin/chromium';

// esbuild comes with @glia/cli's dev dependencies, playwright-core with the pizzeria's.
const { build } = createRequire(join(cliRoot, 'package.json'))('esbuild');
const { chromium } = createRequire(join(root, 'examples', 'mario-pizzeria', 'package.json'))('playwright-core');

// The application that fills the outbox, bundled from the workspace sources like the CLI itself.
const SCENARIO = `
import { z } from 'zod';
import {
  AggregateRoot, AggregateType, DomainEvent, EventType, HandlesCommand, HandlesEvent, InjectRepository,
  createGlia, defineCommand, silentLogger, type Repository,
} from '@glia/core';
import { pgliteDriver, postgresPersistence } from '@glia/postgres';

@EventType('pizzeria.OrderPlaced.v1')
class OrderPlaced extends DomainEvent {
  constructor(readonly order: number) { super(); }
}

@AggregateType('pizzeria.Order')
class Order extends AggregateRoot {
  constructor(readonly id: string, public order = 0) { super(); }
  place(order: number): void { this.order = order; this.raiseEvent(new OrderPlaced(order)); }
}
const mapper = {
  toSnapshot: (o: Order) => ({ id: o.id, order: o.order }),
  fromSnapshot: (s: { id: string; order: number }) => new Order(s.id, s.order),
};
const PlaceOrder = defineCommand('pizzeria.PlaceOrder', z.object({ id: z.string(), order: z.number() }));

@HandlesCommand(PlaceOrder)
class PlaceOrderHandler {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}
  async execute({ id, order }: { id: string; order: number }): Promise<void> {
    const placed = new Order(id);
    this.orders.add(placed);
    placed.place(order);
  }
}

@HandlesEvent(OrderPlaced, { name: 'kitchen.start-baking' })
class StartBaking { async handle(): Promise<void> {} }

@HandlesEvent(OrderPlaced, { name: 'analytics.record-order' })
class RecordOrder { async handle(): Promise<void> {} }

// The payment provider declines some cards for now: tried again in ten minutes.
@HandlesEvent(OrderPlaced, { name: 'billing.charge-card', retry: { maxAttempts: 6, initialDelayMs: 600_000, jitter: 0 } })
class ChargeCard {
  async handle(e: OrderPlaced): Promise<void> {
    if (e.order % 4 === 1) throw new Error('payment provider: 503 Service Unavailable');
  }
}

// Two customers gave numbers the SMS gateway refuses: given up on at once.
@HandlesEvent(OrderPlaced, { name: 'notifications.send-sms', retry: { maxAttempts: 1 } })
class SendSms {
  async handle(e: OrderPlaced): Promise<void> {
    if (e.order === 3 || e.order === 10) throw new Error('invalid phone number');
  }
}

// Runs in a service that is down: its deliveries wait.
@HandlesEvent(OrderPlaced, { name: 'loyalty.award-points' })
class AwardPoints { async handle(): Promise<void> {} }

const ORDERS = 12;

export async function fill(dataDir: string): Promise<void> {
  const open = (eventHandlers: Function[], worker: false | { pollIntervalMs: number }) => {
    const persistence = postgresPersistence({ driver: pgliteDriver({ dataDir }), worker });
    return createGlia({
      persistence,
      aggregates: [{ aggregate: Order, mapper }],
      commandHandlers: [PlaceOrderHandler],
      eventHandlers: eventHandlers as never,
      logger: silentLogger,
    }).then((glia) => ({ glia, persistence }));
  };
  // The web process takes the orders; every handler subscribes.
  const web = await open([StartBaking, RecordOrder, ChargeCard, SendSms, AwardPoints], false);
  for (let i = 0; i < ORDERS; i += 1) await web.glia.mediator.send(PlaceOrder, { id: 'order-' + i, order: i });
  await web.glia.close();
  // The worker process runs all but the loyalty service's handler.
  const worker = await open([StartBaking, RecordOrder, ChargeCard, SendSms], { pollIntervalMs: 50 });
  const settled = async (): Promise<boolean> => {
    const stats = Object.fromEntries((await worker.persistence.operations.stats()).map((s) => [s.handler, s]));
    return (
      stats['kitchen.start-baking']?.completed === ORDERS &&
      stats['analytics.record-order']?.completed === ORDERS &&
      stats['billing.charge-card']?.failed === 3 &&
      stats['billing.charge-card']?.completed === ORDERS - 3 &&
      stats['notifications.send-sms']?.dead === 2 &&
      stats['notifications.send-sms']?.completed === ORDERS - 2
    );
  };
  for (let i = 0; !(await settled()); i += 1) {
    if (i > 400) throw new Error('The outbox did not reach the state to show.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await worker.glia.close();
  // As if the orders had come in over the last quarter of an hour, one every 67 seconds.
  const driver = pgliteDriver({ dataDir });
  await driver.query(
    "UPDATE glia.deliveries d SET created_at = now() - interval '14 minutes' + (e.position - 1) * interval '67 seconds' " +
      'FROM glia.outbox_events e WHERE e.event_id = d.event_id',
  );
  await driver.close();
}
`;

const sources = (name) => join(root, 'packages', name, 'src', 'index.ts');
const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Resolved from @glia/cli's node_modules, where the bundles are written.
  external: ['pg', '@electric-sql/pglite'],
  alias: {
    '@glia/core': sources('core'),
    '@glia/postgres': sources('postgres'),
    '@glia/rabbitmq': sources('rabbitmq'),
  },
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true } },
  logLevel: 'error',
};

const SGR_COLOURS = { 31: '#ff7b72', 32: '#7ee787', 33: '#e3b341', 39: null };

/** Terminal text with SGR codes as HTML spans (bold, dim and the few colours the CLI uses). */
function ansiToHtml(text) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const state = { bold: false, dim: false, colour: null };
  let html = '';
  // Control characters are the point here: SGR sequences start with ESC.
  // eslint-disable-next-line no-control-regex
  for (const part of text.split(/(\x1b\[[\d;]*m)/)) {
    // eslint-disable-next-line no-control-regex
    const codes = /^\x1b\[([\d;]*)m$/.exec(part);
    if (codes === null) {
      if (part === '') continue;
      const style = [
        state.bold ? 'font-weight:700' : '',
        state.dim ? 'opacity:0.5' : '',
        state.colour === null ? '' : `color:${state.colour}`,
      ].filter(Boolean);
      html += style.length === 0 ? escape(part) : `<span style="${style.join(';')}">${escape(part)}</span>`;
      continue;
    }
    for (const code of (codes[1] || '0').split(';').map(Number)) {
      if (code === 0) Object.assign(state, { bold: false, dim: false, colour: null });
      else if (code === 1) state.bold = true;
      else if (code === 2) state.dim = true;
      else if (code === 22) Object.assign(state, { bold: false, dim: false });
      else if (code in SGR_COLOURS) state.colour = SGR_COLOURS[code];
    }
  }
  return html;
}

function page(terminalText) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; padding: 0; background: transparent; }
    .window { display: inline-block; background: #0d1117; color: #c9d1d9; border-radius: 8px; overflow: hidden;
      font: 14px/1.45 'DejaVu Sans Mono', 'Liberation Mono', monospace; }
    .bar { background: #161b22; padding: 8px 12px; display: flex; gap: 7px; align-items: center; }
    .dot { width: 11px; height: 11px; border-radius: 50%; }
    .title { color: #8b949e; font-size: 12px; margin-left: 10px; }
    pre { margin: 0; padding: 12px 18px 14px; font: inherit; white-space: pre; }
    .prompt { color: #7ee787; }
  </style></head><body><div class="window">
    <div class="bar"><span class="dot" style="background:#ff5f56"></span><span class="dot" style="background:#ffbd2e"></span>
      <span class="dot" style="background:#27c93f"></span><span class="title">glia outbox status</span></div>
    <pre><span class="prompt">$</span> ${shownCommand}\n${ansiToHtml(terminalText.trimEnd())}</pre>
  </div></body></html>`;
}

const work = mkdtempSync(join(tmpdir(), 'glia-screenshot-'));
const bundles = join(cliRoot, 'node_modules', '.cache', 'glia-screenshot');
try {
  mkdirSync(bundles, { recursive: true });
  const cli = join(bundles, 'glia.mjs');
  const scenario = join(bundles, 'scenario.mjs');
  await build({ ...bundleOptions, entryPoints: [join(cliRoot, 'src', 'bin.ts')], outfile: cli });
  await build({
    ...bundleOptions,
    stdin: { contents: SCENARIO, resolveDir: cliRoot, loader: 'ts' },
    outfile: scenario,
  });

  const dataDir = join(work, 'pizzeria');
  await (await import(pathToFileURL(scenario).href)).fill(dataDir);

  const status = (env) => {
    const run = spawnSync(process.execPath, [cli, 'outbox', 'status', '--database', dataDir], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', ...env },
    });
    if (run.status !== 0) throw new Error(`glia outbox status exited ${run.status}: ${run.stderr}`);
    return run.stdout;
  };
  const coloured = status({ FORCE_COLOR: '1' });
  process.stdout.write(`$ ${shownCommand}\n${status({ NO_COLOR: '1' })}`);

  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    const tab = await browser.newPage({ deviceScaleFactor: 2, viewport: { width: 1200, height: 600 } });
    await tab.setContent(page(coloured));
    mkdirSync(dirname(output), { recursive: true });
    await tab.locator('.window').screenshot({ path: output, omitBackground: true });
  } finally {
    await browser.close();
  }
  console.log(`Wrote ${output} (${Math.round(statSync(output).size / 1024)} KiB).`);
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(bundles, { recursive: true, force: true });
}
