import { isSpanContextValid, trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Logger as PinoLogger, type LoggerOptions } from 'pino';

/** How the pizzeria's log is made. */
export type PizzeriaLogOptions = {
  /** A pino level; `LOG_LEVEL` when absent, else `silent` under jest and `info` elsewhere. */
  readonly level?: string | undefined;
  /** Where the JSON lines go; standard output when absent. */
  readonly destination?: DestinationStream;
};

/**
 * The one pino logger of the pizzeria: Glia writes through it (see `pinoLogger`) and fastify logs its
 * requests through it, one JSON line per entry. A line written while a span is active carries that
 * span's `traceId` and `spanId`, unless it names a trace already.
 */
export function createPizzeriaLog(options: PizzeriaLogOptions = {}): PinoLogger {
  const level =
    options.level ?? process.env['LOG_LEVEL'] ?? (process.env['JEST_WORKER_ID'] === undefined ? 'info' : 'silent');
  const settings: LoggerOptions = { level, timestamp: pino.stdTimeFunctions.isoTime, mixin: activeTraceFields };
  return options.destination === undefined ? pino(settings) : pino(settings, options.destination);
}

// Glia's own lines and the request loggers name their trace already: a second `traceId` key would be noise.
function activeTraceFields(line: object, _level: number, logger: PinoLogger): object {
  if ('traceId' in line) return {};
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (spanContext === undefined || !isSpanContextValid(spanContext)) return {};
  if ('traceId' in logger.bindings()) return {};
  return { traceId: spanContext.traceId, spanId: spanContext.spanId };
}
