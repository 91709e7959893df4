/** Options every Glia error accepts. */
export type GliaErrorOptions = {
  /** The error this one wraps, if any. */
  readonly cause?: unknown;
  /** Structured facts about the failure, safe to log and to serialise. */
  readonly details?: Readonly<Record<string, unknown>>;
};

/** The JSON shape of a Glia error, as `toJSON()` returns it. */
export type GliaErrorJson = {
  readonly name: string;
  readonly code: string;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
};

/**
 * Base class of every error Glia throws: a stable string `code` that callers branch on (never the
 * message), a readable message, an optional `cause`, and structured `details`.
 */
export class GliaError extends Error {
  /** Stable, dotted, upper-case code, e.g. `GLIA.CONCURRENCY`; part of the public contract. */
  readonly code: string;
  /** Structured facts about the failure. */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  /** Creates an error with a stable code and a readable message. */
  constructor(code: string, message: string, options: GliaErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.details = options.details;
  }

  /**
   * Without a code: true for any `GliaError` of this copy of the package. With a code: true for any
   * `Error` carrying that code, so errors from another copy of the package (or a wrapped one) match.
   */
  static is(error: unknown, code?: string): error is GliaError {
    if (!(error instanceof Error)) return false;
    const candidate = (error as { code?: unknown }).code;
    if (typeof candidate !== 'string') return false;
    return code === undefined ? error instanceof GliaError : candidate === code;
  }

  /** A plain object for logs and API responses; never includes the stack or the cause. */
  toJSON(): GliaErrorJson {
    return this.details === undefined
      ? { name: this.name, code: this.code, message: this.message }
      : { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}
