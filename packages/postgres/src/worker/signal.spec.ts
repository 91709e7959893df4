import { describe, expect, it } from '@jest/globals';
import { Signal } from './signal.js';

describe('Signal', () => {
  it('keeps a fire that nobody waited for, for the next wait', async () => {
    const signal = new Signal();
    signal.fire();
    await expect(signal.wait(60_000)).resolves.toBeUndefined();
  });

  it('wakes every waiter on fire', async () => {
    const signal = new Signal();
    const waits = [signal.wait(60_000), signal.wait(60_000), signal.next()];
    signal.fire();
    await expect(Promise.all(waits)).resolves.toHaveLength(3);
  });

  it('resolves a wait after its timeout when nothing fires', async () => {
    await expect(new Signal().wait(1)).resolves.toBeUndefined();
  });
});
