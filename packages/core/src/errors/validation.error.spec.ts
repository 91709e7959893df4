import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { GliaError, ValidationError } from '../index.js';

const PlaceOrder = z.object({
  customer: z.object({ email: z.email() }),
  items: z.array(z.object({ pizza: z.string().min(1), quantity: z.number().int().positive() })).min(1),
});

describe('ValidationError', () => {
  it('fromZod keeps every issue with its dotted field path', () => {
    const result = PlaceOrder.safeParse({
      customer: { email: 'not-an-email' },
      items: [
        { pizza: 'margherita', quantity: 1 },
        { pizza: '', quantity: 0 },
      ],
    });
    if (result.success) throw new Error('the input should be invalid');
    const error = ValidationError.fromZod("command 'orders.PlaceOrder'", result.error);
    expect(error.code).toBe('GLIA.VALIDATION');
    expect(GliaError.is(error, 'GLIA.VALIDATION')).toBe(true);
    expect(error.subject).toBe("command 'orders.PlaceOrder'");
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ['customer.email', 'invalid_format'],
      ['items.1.pizza', 'too_small'],
      ['items.1.quantity', 'too_small'],
    ]);
    expect(error.message).toContain("Invalid command 'orders.PlaceOrder': customer.email:");
    expect(error.message).toContain('items.1.quantity:');
    expect(error.toJSON().details).toEqual({ subject: error.subject, issues: error.issues });
  });

  it('names an issue with the whole input "(input)" and an empty path', () => {
    const result = z.object({ a: z.string() }).safeParse('just a string');
    if (result.success) throw new Error('the input should be invalid');
    const error = ValidationError.fromZod('query', result.error);
    expect(error.issues).toEqual([expect.objectContaining({ path: '', code: 'invalid_type' })]);
    expect(error.message).toMatch(/^Invalid query: \(input\): /);
  });
});
