// Test support, shared by the app-level specs: a pizzeria in memory, seeded like the demo.
import { silentLogger } from '@glia/core';
import { createPizzeria, type PizzeriaOptions } from '../app.js';
import { InMemoryMailer } from '../notifications/in-memory-mailer.js';
import { pizzeriaSeed, seedPizzeria, type PizzeriaSeed } from '../seed.js';

/** A seeded in-memory pizzeria, quiet, with its mailer at hand; its handlers have drained. */
export async function seededPizzeria(options: PizzeriaOptions = {}, seed: PizzeriaSeed = pizzeriaSeed()) {
  const mailer = new InMemoryMailer();
  const glia = await createPizzeria({ mailer, logger: silentLogger, ...options });
  await seedPizzeria(glia, seed);
  await glia.drain();
  return { glia, mailer, mediator: glia.mediator };
}

/** A `PlaceOrder` input: one medium margherita for Luigi. */
export const oneMargherita = {
  customer: { name: 'Luigi', email: 'luigi@example.com' },
  items: [{ pizzaId: 'margherita', size: 'M' as const }],
};
