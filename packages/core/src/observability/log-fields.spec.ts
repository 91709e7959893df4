import { describe, expect, it } from '@jest/globals';
import { DeliveryFailureReporter } from '../events/delivery-failure-reporter.js';
import type { Logger } from '../logging/logger.js';
import { logFieldsOf, withLogFields } from './log-fields.js';
import { TicketOpened } from './observability.fixtures.js';

type Line = { level: string; message: string; fields: Readonly<Record<string, unknown>> | undefined };

function recordingLogger(lines: Line[]): Logger {
  const write =
    (level: string) =>
    (message: string, fields?: Readonly<Record<string, unknown>>): void =>
      void lines.push({ level, message, fields });
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('log fields', () => {
  it('put the correlation and trace ids of a failed delivery on the line the framework writes', () => {
    const lines: Line[] = [];
    const event = new TicketOpened('x').withMetadata({ correlationId: 'req-1', traceparent: TRACEPARENT });
    const delivery = {
      id: 'd-1',
      event,
      handler: 'h',
      status: 'pending' as const,
      attempts: 0,
      availableAt: new Date(),
    };
    new DeliveryFailureReporter(recordingLogger(lines)).report({
      delivery,
      attempt: 1,
      error: new Error('x'),
      willRetry: false,
    });
    expect(lines[0]?.fields).toMatchObject({
      correlationId: 'req-1',
      causationId: event.eventId,
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      handler: 'h',
      deliveryId: 'd-1',
    });
  });

  it('add fields to every line of a wrapped logger, and to its children', () => {
    const lines: Line[] = [];
    const logger = withLogFields(recordingLogger(lines), logFieldsOf({ correlationId: 'c-1' }));
    logger.warn('one', { extra: 1 });
    logger.child?.({ handler: 'h' }).error('two');
    expect(lines.map((l) => l.fields)).toEqual([
      { correlationId: 'c-1', extra: 1 },
      { correlationId: 'c-1', handler: 'h' },
    ]);
  });
});
