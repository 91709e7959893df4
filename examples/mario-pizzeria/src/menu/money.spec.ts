import { describe, expect, it } from '@jest/globals';
import { InvalidOperationError } from '@glia/core';
import { Money } from './money.js';

describe('Money', () => {
  it('refuses fractions of a cent', () => {
    expect(() => Money.cents(12.5)).toThrow(InvalidOperationError);
    expect(() => Money.cents(Number.NaN)).toThrow(InvalidOperationError);
  });

  it('adds exactly where floating-point euros would drift', () => {
    const tenCents = Money.cents(10);
    expect(Money.sum([tenCents, Money.cents(20)]).equals(Money.cents(30))).toBe(true);
    expect(Money.sum([])).toBe(Money.zero);
  });

  it('formats cents as euros with two decimals', () => {
    expect(Money.cents(1950).format()).toBe('€19.50');
    expect(Money.cents(5).format()).toBe('€0.05');
    expect(Money.cents(-200).format()).toBe('-€2.00');
  });
});
