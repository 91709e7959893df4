/** The exit codes of `glia`, stable for scripts. */
export const ExitCode = {
  /** Done. */
  ok: 0,
  /** The operation failed or was declined at the prompt. */
  failed: 1,
  /** A bad flag, a missing argument, an unparsable value. */
  usage: 2,
  /** The database or broker URL is wrong or cannot be reached. */
  unreachable: 3,
  /** The database has no Glia schema (run `glia migrate`). */
  noSchema: 4,
} as const;

/** An error the CLI reports as one clear line, with a stable code and its exit code. */
export class CliError extends Error {
  override readonly name = 'CliError';

  /** Creates the error. */
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number = ExitCode.failed,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** A bad flag or value. */
  static usage(message: string): CliError {
    return new CliError('CLI.USAGE', message, ExitCode.usage);
  }

  /** True if `error` is a `CliError`. */
  static is(error: unknown): error is CliError {
    return error instanceof CliError;
  }
}
