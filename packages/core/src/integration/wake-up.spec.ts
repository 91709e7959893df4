import { describe, expect, it } from '@jest/globals';
import { WakeUp } from './wake-up.js';

describe('WakeUp', () => {
  it('keeps a fire that nobody waited for, for the next wait', async () => {
    const signal = new WakeUp();
    signal.fire();
    await expect(signal.wait(60_000)).resolves.toBeUndefined();
  });

  it('wakes every waiter on fire', async () => {
    const signal = new WakeUp();
    const waits = [signal.wait(60_000), signal.wait(60_000), signal.next()];
    signal.fire();
    await expect(Promise.all(waits)).resolves.toHaveLength(3);
  });

  it('resolves a wait after its timeout when nothing fires', async () => {
    await expect(new WakeUp().wait(1)).resolves.toBeUndefined();
  });
});

describe('WakeUp with keepAlive', () => {
  it('behaves the same: a kept fire, every waiter woken, a timeout', async () => {
    const wake = new WakeUp({ keepAlive: true });
    wake.fire();
    await expect(wake.wait(60_000)).resolves.toBeUndefined();
    const waits = [wake.wait(60_000), wake.next()];
    wake.fire();
    await expect(Promise.all(waits)).resolves.toHaveLength(2);
    await expect(new WakeUp({ keepAlive: true }).wait(1)).resolves.toBeUndefined();
  });
});
