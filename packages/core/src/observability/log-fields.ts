import type { Logger } from '../logging/logger.js';
import { traceIdOf } from './trace-context.js';

/** Fields that tie a log line to its request and trace. */
export type LogFields = Readonly<Record<string, unknown>>;

/** What log fields are taken from: a scope's context or an event's metadata. */
export type LogSource = {
  readonly correlationId?: string | undefined;
  readonly causationId?: string | undefined;
  readonly traceparent?: string | undefined;
};

/** The correlation, causation and trace ids of a scope or an event, for log lines. */
export function logFieldsOf(context: LogSource): LogFields {
  const traceId = traceIdOf(context.traceparent);
  return {
    ...(context.correlationId !== undefined && { correlationId: context.correlationId }),
    ...(context.causationId !== undefined && { causationId: context.causationId }),
    ...(traceId !== undefined && { traceId }),
  };
}

/** A logger that adds `fields` to every line (a pino-style `child` when the logger has one). */
export function withLogFields(logger: Logger, fields: LogFields): Logger {
  if (logger.child !== undefined) return logger.child(fields);
  const merge = (extra?: LogFields): LogFields => (extra === undefined ? fields : { ...fields, ...extra });
  return {
    debug: (message, extra) => logger.debug(message, merge(extra)),
    info: (message, extra) => logger.info(message, merge(extra)),
    warn: (message, extra) => logger.warn(message, merge(extra)),
    error: (message, extra) => logger.error(message, merge(extra)),
    child: (more) => withLogFields(logger, { ...fields, ...more }),
  };
}
