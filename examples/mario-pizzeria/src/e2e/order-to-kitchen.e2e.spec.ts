// End to end in a real browser: Debian's Chromium driven by playwright-core (which downloads no browser)
// against the real server, in memory, on a free port. Pages are awaited on conditions, never on sleeps.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { silentLogger } from '@glia/core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { defaultMenu } from '../menu/default-menu.js';
import { pricePizza } from '../menu/pizza-pricing.js';
import { startServer, type PizzeriaServer } from '../server.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const inCi = process.env['CI'] === 'true';
if (!haveChromium && !inCi) {
  console.warn(
    `SKIPPED the browser e2e: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`,
  );
}
// Outside CI a missing browser skips, loudly; in CI it fails in beforeAll.
const browserIt = haveChromium || inCi ? it : it.skip;

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

let server: PizzeriaServer;
let browser: BrowserContext;
let profile: string;

beforeAll(async () => {
  if (!haveChromium && !inCi) return;
  if (!haveChromium)
    throw new Error(`CI=true but there is no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium).`);
  server = await startServer(0, '127.0.0.1', {
    env: { PIZZERIA_STORAGE: 'memory', PIZZERIA_SECRET: 'e2e-secret' },
    logger: silentLogger,
  });
  profile = mkdtempSync(join(tmpdir(), 'pizzeria-chromium-'));
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  browser.setDefaultTimeout(10_000);
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
}, 30_000);

/** Marks a page, so the test can tell later that it was never reloaded. */
const mark = (page: Page) =>
  page.evaluate(() => {
    (globalThis as Record<string, unknown>)['e2eMark'] = 'same page';
  });
const marked = (page: Page) => page.evaluate(() => (globalThis as Record<string, unknown>)['e2eMark']);

/** A kitchen display with a chef signed in, following the live stream. */
async function chefPage(): Promise<Page> {
  const kitchen = await browser.newPage();
  await kitchen.goto(`${server.url}/kitchen.html`);
  await kitchen.getByLabel('Your name').fill('Mario');
  await kitchen.getByTestId('login-chef').click();
  await kitchen.getByTestId('signed-in').waitFor();
  await kitchen.locator('[data-testid=live-status][data-state=open]').waitFor();
  return kitchen;
}

/** Calls the API as the pages do; answers the JSON body. */
async function post(path: string, body: unknown = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

describe("Mario's Pizzeria in a real browser", () => {
  browserIt(
    'a customer orders; the kitchen sees it without a reload, cooks it; the customer sees it ready',
    async () => {
      // A chef signs in on the kitchen display and waits, connected to the live stream.
      const kitchen = await chefPage();
      await mark(kitchen);

      // A customer orders a large margherita with mushrooms on the order page.
      const customer = await browser.newPage();
      await customer.goto(`${server.url}/order.html`);
      const margherita = customer.getByTestId('pizza-margherita');
      await margherita.getByTestId('size-margherita-L').check();
      await margherita.getByTestId('topping-margherita-mushrooms').check();
      const menu = defaultMenu();
      const [pizza] = menu.pizzas.filter((p) => p.id === 'margherita');
      const mushrooms = menu.toppings.filter((t) => t.id === 'mushrooms');
      const price = pricePizza(pizza!, 'L', mushrooms).format();
      await customer.locator(`[data-testid=price-margherita]:text-is("${price}")`).waitFor();
      await margherita.getByTestId('add-margherita').click();
      await customer.locator(`[data-testid=cart-total]:text-is("${price}")`).waitFor();
      await customer.getByLabel('Name').fill('Luigi');
      await customer.getByLabel('Email').fill('luigi@example.com');
      await customer.getByTestId('place-order').click();

      // It lands on its track page, confirmed and following the order's own stream.
      await customer.waitForURL(/\/track\.html\?order=/);
      const orderId = new URL(customer.url()).searchParams.get('order') ?? '';
      expect(orderId).not.toBe('');
      await customer.locator('[data-testid=order-status][data-status=confirmed]').waitFor();
      await customer.locator('[data-testid=live-status][data-state=open]').waitFor();
      await mark(customer);

      // The kitchen shows it, pushed by the committed events, and the chef cooks it.
      const waiting = kitchen.locator(`[data-testid=queue-waiting] [data-order-id="${orderId}"]`);
      await waiting.waitFor();
      expect(await waiting.textContent()).toContain('Luigi');
      await waiting.getByTestId('start-cooking').click();
      const cooking = kitchen.locator(`[data-testid=queue-cooking] [data-order-id="${orderId}"]`);
      await cooking.waitFor();
      await customer.locator('[data-testid=order-status][data-status=cooking]').waitFor();
      await kitchen.screenshot({ path: join(tmpdir(), 'mario-pizzeria-kitchen.png'), fullPage: true });

      await cooking.getByTestId('mark-ready').click();
      await cooking.waitFor({ state: 'detached' });

      // The customer's page shows it ready, with the notification, and neither page was reloaded.
      await customer.locator('[data-testid=order-status][data-status=ready]').waitFor();
      await customer.getByTestId('notification-ready').waitFor();
      expect(await marked(kitchen)).toBe('same page');
      expect(await marked(customer)).toBe('same page');
    },
    30_000,
  );

  browserIt(
    'a customer cancels a confirmed order; the kitchen takes it off Waiting and shows its ticket withdrawn',
    async () => {
      const kitchen = await chefPage();
      const placed = await post('/api/orders', {
        customer: { name: 'Peach', email: 'peach@example.com' },
        items: [{ pizzaId: 'marinara', size: 'M' }],
      });
      const orderId = String(placed['orderId']);
      await post(`/api/orders/${orderId}/confirm`);
      const waiting = kitchen.locator(`[data-testid=queue-waiting] [data-order-id="${orderId}"]`);
      await waiting.waitFor();

      // The customer cancels it on the track page before any cook started it.
      const customer = await browser.newPage();
      await customer.goto(`${server.url}/track.html?order=${orderId}`);
      await customer.locator('[data-testid=order-status][data-status=confirmed]').waitFor();
      await customer.getByTestId('cancel-order').click();
      await customer.locator('[data-testid=order-status][data-status=cancelled]').waitFor();

      await waiting.waitFor({ state: 'detached' });
      const withdrawn = kitchen.locator(`[data-testid=withdrawn-ticket][data-order-id="${orderId}"]`);
      await withdrawn.waitFor();
      expect(await withdrawn.textContent()).toContain('Peach');
      expect(await withdrawn.textContent()).toContain('cancelled by the customer');
    },
    30_000,
  );
});
