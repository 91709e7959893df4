// Examples quoted by docs/observability.md; type-checked by the root `pnpm typecheck`.
import {
  GliaTelemetry,
  createGlia,
  logFieldsOf,
  withLogFields,
  type Glia,
  type Logger,
  type TelemetryOptions,
} from '@glia/core';

// #region pino
/** The little of pino's API the adapter uses: structured fields first, then the message. */
type PinoLike = {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
  child(bindings: object): PinoLike;
};

/** Glia's `Logger` on pino: fields become JSON properties, `child` keeps pino's own child loggers. */
export function pinoLogger(pino: PinoLike): Logger {
  return {
    debug: (message, fields) => pino.debug(fields ?? {}, message),
    info: (message, fields) => pino.info(fields ?? {}, message),
    warn: (message, fields) => pino.warn(fields ?? {}, message),
    error: (message, fields) => pino.error(fields ?? {}, message),
    child: (fields) => pinoLogger(pino.child(fields)),
  };
}
// #endregion pino

// #region providers
/** Glia on providers of your own (a test's in-memory exporter, a second SDK), not the global ones. */
export function gliaWithProviders(providers: TelemetryOptions): Promise<Glia> {
  return createGlia({ telemetry: new GliaTelemetry(providers) });
}
// #endregion providers

// #region scoped-logger
/** A logger for one request: every line carries its correlation and trace ids. */
export function requestLogger(logger: Logger, headers: Record<string, string | undefined>): Logger {
  return withLogFields(
    logger,
    logFieldsOf({ correlationId: headers['x-correlation-id'], traceparent: headers['traceparent'] }),
  );
}
// #endregion scoped-logger
