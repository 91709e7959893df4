import { ValidationError } from '@glia/core';
import type { z } from 'zod';

/** Checks input that goes to no command (the API's own endpoints) the way the mediator does: a 400 naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, subject: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(subject, parsed.error);
  return parsed.data;
}
