import { GliaError } from './glia-error.js';

/** Glia was set up wrongly: a class lacks its decorator, a registration is duplicated, a port is missing. */
export class ConfigurationError extends GliaError {
  /** Creates the error with a code naming the mistake. */
  constructor(code: string, message: string, cause?: unknown) {
    super(code, message, cause === undefined ? {} : { cause });
  }

  /** A class that must be decorated is not. */
  static missingDecorator(target: string, decorator: string): ConfigurationError {
    return new ConfigurationError('GLIA.MISSING_DECORATOR', `${target} must be decorated with ${decorator}.`);
  }

  /** Something was registered twice under one name. */
  static duplicate(kind: string, name: string): ConfigurationError {
    return new ConfigurationError(
      'GLIA.DUPLICATE_REGISTRATION',
      `${kind} '${name}' is already registered; names must be unique.`,
    );
  }

  /** A handler could not be resolved from its scope: a dependency is not bound. Retrying cannot help. */
  static unresolvable(handler: string, cause: unknown): ConfigurationError {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return new ConfigurationError(
      'GLIA.HANDLER_UNRESOLVABLE',
      `Handler '${handler}' could not be resolved from the container: ${reason}`,
      cause,
    );
  }

  /** True if `error` is a `ConfigurationError`, optionally with the given code. */
  static override is(error: unknown, code?: string): error is ConfigurationError {
    return error instanceof ConfigurationError && (code === undefined || error.code === code);
  }
}
