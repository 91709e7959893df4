import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { DomainEvent, eventTypeOf } from '@glia/core';
import { pizzeriaEvents } from './pizzeria-events.js';

const src = fileURLToPath(new URL('.', import.meta.url));

/** Every class exported by an `events/*.event.ts` file of the domain. */
async function declaredEventClasses(): Promise<unknown[]> {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.event\.ts$/.test(f));
  const modules = await Promise.all(files.map((f) => import(`${src}${f.replace(/\.ts$/, '')}`)));
  return modules.flatMap((m: Record<string, unknown>) =>
    Object.values(m).filter((v) => typeof v === 'function' && v.prototype instanceof DomainEvent),
  );
}

describe('pizzeriaEvents', () => {
  it('lists every event class the domain declares, each once', async () => {
    const declared = await declaredEventClasses();
    expect(declared.length).toBeGreaterThan(20);
    expect([...pizzeriaEvents].sort(byType)).toEqual([...new Set(declared)].sort(byType));
  });
});

function byType(a: unknown, b: unknown): number {
  return String(eventTypeOf(a as never)).localeCompare(String(eventTypeOf(b as never)));
}
