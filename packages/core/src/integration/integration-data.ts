import { z } from 'zod';

/**
 * Schemas for values JSON cannot carry without loss: money and timestamps travel as strings, so a
 * consumer in any language reads back exactly what was sent.
 */
export const IntegrationData = {
  /** A decimal amount as a string, e.g. `"12.50"`: never a binary float. */
  money: () => z.string().regex(/^-?[0-9]+(\.[0-9]+)?$/, 'Expected a decimal amount as a string, e.g. "12.50"'),
  /** An ISO 4217 currency code, e.g. `"EUR"`. */
  currency: () => z.string().regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code'),
  /** An RFC 3339 timestamp with offset, e.g. `"2024-05-01T12:00:00.000Z"`. */
  timestamp: () => z.iso.datetime({ offset: true }),
  /** A calendar date, e.g. `"2024-05-01"`. */
  date: () => z.iso.date(),
} as const;
