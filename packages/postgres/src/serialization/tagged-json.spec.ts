import { describe, expect, it } from '@jest/globals';
import { decodeJson, encodeJson } from './tagged-json.js';

describe('tagged JSON', () => {
  it('round-trips dates to the millisecond, bigints, maps and sets', () => {
    const value = {
      at: new Date('2024-02-29T12:34:56.789Z'),
      big: 12345678901234567890n,
      map: new Map([['a', new Date(0)]]),
      set: new Set([1, 2]),
      nested: [{ when: new Date(5) }, undefined, 'x'],
      money: '19.99',
    };
    const back = decodeJson(encodeJson(value)) as typeof value;
    expect(back).toEqual(value);
    expect(back.at).toBeInstanceOf(Date);
    expect(back.at.getTime()).toBe(value.at.getTime());
  });

  it('leaves plain JSON unchanged and drops undefined properties', () => {
    expect(encodeJson({ a: 1, b: 'x', c: null, d: undefined, e: [true] })).toBe('{"a":1,"b":"x","c":null,"e":[true]}');
  });
});
