import type { z } from 'zod';
import { GliaError } from './glia-error.js';

/** One problem with one field of an input. */
export type FieldIssue = {
  /** Dotted path of the field, e.g. `items.0.quantity`; empty for the whole input. */
  readonly path: string;
  /** Zod's issue code, e.g. `too_small`. */
  readonly code: string;
  /** What is wrong, readable. */
  readonly message: string;
};

/** Input failed its schema; nothing ran. Carries every issue, field by field. */
export class ValidationError extends GliaError {
  /** The stable code of every validation failure. */
  static readonly code = 'GLIA.VALIDATION';

  /** Creates the error from already-flattened issues. */
  constructor(
    readonly subject: string,
    readonly issues: readonly FieldIssue[],
  ) {
    super(ValidationError.code, ValidationError.describe(subject, issues), {
      details: { subject, issues },
    });
  }

  /** Creates the error from a zod error, one issue per field. */
  static fromZod(subject: string, error: z.ZodError): ValidationError {
    return new ValidationError(
      subject,
      error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        code: issue.code,
        message: issue.message,
      })),
    );
  }

  /** True if `error` is a `ValidationError`. */
  static override is(error: unknown): error is ValidationError {
    return error instanceof ValidationError;
  }

  private static describe(subject: string, issues: readonly FieldIssue[]): string {
    const fields = issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; ');
    return `Invalid ${subject}: ${fields}`;
  }
}
