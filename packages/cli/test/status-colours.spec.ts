import { describe, expect, it } from '@jest/globals';
import { renderMessageStats, renderStatus } from '../src/index.js';
import { ansi, paletteFor, plain } from '../src/output/colour.js';

const stats = [
  { handler: 'kitchen.notify', pending: 2, failed: 1, dead: 0, completed: 10, oldestPendingAgeMs: 72_000 },
  { handler: 'sales.record', pending: 0, failed: 0, dead: 3, completed: 7 },
];
// eslint-disable-next-line no-control-regex -- ANSI styles start with ESC
const stripAnsi = (text: string): string => text.replace(/\x1b\[\d+m/g, '');

describe('glia outbox status colours', () => {
  it('colours dead, failing and completed counts without moving a column', () => {
    const coloured = renderStatus(stats, ansi);
    expect(stripAnsi(coloured)).toBe(renderStatus(stats));
    const [header, kitchen, sales, total] = coloured.split('\n');
    expect(header).toContain('\x1b[1mHANDLER');
    expect(kitchen).toContain('       \x1b[33m1\x1b[39m     \x1b[2m0\x1b[22m');
    expect(sales).toContain('\x1b[31m3\x1b[39m');
    expect(sales).toContain('\x1b[32m7\x1b[39m  \x1b[2m-\x1b[22m');
    expect(total?.startsWith('\x1b[1mTOTAL')).toBe(true);
    expect(coloured.split('\n').every((line) => !/ $/.test(stripAnsi(line)))).toBe(true);
  });

  it('colours parked integration events red and deferred ones yellow, zeros dim', () => {
    const stats = { due: 0, deferred: 1, parked: 2, oldestUnsentAgeMs: 5_000 };
    const coloured = renderMessageStats(stats, ansi);
    expect(stripAnsi(coloured)).toBe(renderMessageStats(stats));
    expect(coloured).toContain('\x1b[2m0\x1b[22m due, \x1b[33m1\x1b[39m deferred, \x1b[31m2\x1b[39m parked');
  });

  it('uses colour on a terminal only, unless NO_COLOR or FORCE_COLOR says otherwise', () => {
    const tty = { write: () => true, isTTY: true };
    const pipe = { write: () => true };
    expect(paletteFor(tty, {})).toBe(ansi);
    expect(paletteFor(pipe, {})).toBe(plain);
    expect(paletteFor(tty, { NO_COLOR: '1' })).toBe(plain);
    expect(paletteFor(pipe, { FORCE_COLOR: '1' })).toBe(ansi);
    expect(paletteFor(tty, { FORCE_COLOR: '0' })).toBe(plain);
    expect(paletteFor(pipe, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(plain);
  });
});
