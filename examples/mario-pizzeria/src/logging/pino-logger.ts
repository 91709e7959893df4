import type { Logger } from '@glia/core';
import type { Logger as PinoLogger } from 'pino';

/**
 * Glia's `Logger` writing through pino: the fields become properties of the JSON line, and `child` is
 * pino's own, so the fields Glia binds (correlation and trace ids) are serialised once, not per line.
 */
export function pinoLogger(pino: PinoLogger): Logger {
  return {
    debug: (message, fields) => pino.debug(fields ?? {}, message),
    info: (message, fields) => pino.info(fields ?? {}, message),
    warn: (message, fields) => pino.warn(fields ?? {}, message),
    error: (message, fields) => pino.error(fields ?? {}, message),
    child: (fields) => pinoLogger(pino.child(fields)),
  };
}
