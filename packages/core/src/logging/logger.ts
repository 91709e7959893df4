/** The structured logger Glia writes through; adapt pino, winston or the console to it. */
export interface Logger {
  /** Detail for debugging. */
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
  /** Something worth knowing. */
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  /** Something went wrong and was handled (a retried delivery). */
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  /** Something went wrong and needs a person (a dead delivery). */
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
  /** A logger that adds `fields` to every line (pino's `child`); optional, Glia wraps loggers without it. */
  child?(fields: Readonly<Record<string, unknown>>): Logger;
}

/** Writes warnings and errors to the console, drops the rest; the default. */
export const consoleLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (message, fields) => console.warn(`[glia] ${message}`, fields ?? ''),
  error: (message, fields) => console.error(`[glia] ${message}`, fields ?? ''),
};

/** Drops everything; for tests that assert failures through listeners instead (and the default under jest). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
