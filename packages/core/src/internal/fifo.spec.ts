import { describe, expect, it } from '@jest/globals';
import { Fifo } from './fifo.js';

describe('Fifo', () => {
  it('returns items in the order they were pushed, across compactions', () => {
    const queue = new Fifo<number>();
    const out: number[] = [];
    for (let i = 0; i < 5000; i += 1) {
      queue.push(i);
      if (i % 3 === 0) out.push(queue.shift() as number);
    }
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) out.push(next);
    expect(out).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect(queue.length).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });
});
