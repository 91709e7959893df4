import { InvalidOperationError } from '@glia/core';

/**
 * An amount of euros held as integer cents, so sums never drift the way floating-point euros do.
 * Immutable: every operation returns a new value.
 */
export class Money {
  private constructor(
    /** The amount in cents; always a safe integer. */
    readonly cents: number,
  ) {}

  /** Zero euros. */
  static readonly zero = new Money(0);

  /** An amount from integer cents; refuses fractions of a cent. */
  static cents(cents: number): Money {
    if (!Number.isSafeInteger(cents)) {
      throw new InvalidOperationError('MONEY.NOT_WHOLE_CENTS', `${cents} is not a whole number of cents.`);
    }
    return new Money(cents);
  }

  /** The sum of this amount and `other`. */
  plus(other: Money): Money {
    return Money.cents(this.cents + other.cents);
  }

  /** The sum of many amounts (zero for none). */
  static sum(amounts: Iterable<Money>): Money {
    let total = Money.zero;
    for (const amount of amounts) total = total.plus(amount);
    return total;
  }

  /** Equal amounts are equal values. */
  equals(other: Money): boolean {
    return this.cents === other.cents;
  }

  /** Human-readable, e.g. `€12.50`; formatted from integers so no rounding can creep in. */
  format(): string {
    const sign = this.cents < 0 ? '-' : '';
    const abs = Math.abs(this.cents);
    return `${sign}€${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  }
}
