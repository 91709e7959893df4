import { describe, expect, it } from '@jest/globals';
import { createNoopMeter } from '@opentelemetry/api';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import { GliaInstruments } from './glia-instruments.js';
import { TelemetryAttributes as A } from './telemetry-attributes.js';

const noStats = async (): Promise<never[]> => [];

describe('GliaInstruments', () => {
  it('is disabled on the no-op meter and enabled on an SDK meter', () => {
    expect(new GliaInstruments(createNoopMeter(), noStats).enabled).toBe(false);
    expect(new GliaInstruments(new MeterProvider().getMeter('test'), noStats).enabled).toBe(true);
  });

  it('returns one frozen attribute set per handler and outcome, reused on every call', () => {
    const instruments = new GliaInstruments(createNoopMeter(), noStats);
    const completed = instruments.attributes(A.handler, 'SendEmail', 'completed');
    expect(completed).toEqual({ [A.handler]: 'SendEmail', [A.outcome]: 'completed' });
    expect(Object.isFrozen(completed)).toBe(true);
    expect(instruments.attributes(A.handler, 'SendEmail', 'completed')).toBe(completed);
    expect(instruments.attributes(A.handler, 'SendEmail', 'failed')).toEqual({
      [A.handler]: 'SendEmail',
      [A.outcome]: 'failed',
    });
    expect(instruments.attributes(A.handler, 'SendEmail')).toEqual({ [A.handler]: 'SendEmail' });
    expect(instruments.attributes(A.messageType, 'OpenTicket', 'ok', 'command')).toEqual({
      [A.messageType]: 'OpenTicket',
      [A.outcome]: 'ok',
      [A.messageKind]: 'command',
    });
  });
});
