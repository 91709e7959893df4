import { metrics, trace, type MeterProvider, type Tracer, type TracerProvider } from '@opentelemetry/api';
import { describeError } from '../events/delivery-failure.js';
import type { Logger } from '../logging/logger.js';
import type { ConsumerBacklogSource } from './consumer-backlog.js';
import type { DeliveryStatsSource } from './delivery-stats.js';
import { GliaInstruments } from './glia-instruments.js';

/** The instrumentation scope name of Glia's spans and metrics. */
export const INSTRUMENTATION_SCOPE = '@glia/core';

/** Where Glia's spans and metrics go; the global OpenTelemetry providers when absent. */
export type TelemetryOptions = {
  /** Spans go here; the global tracer provider (a no-op until an SDK registers one) when absent. */
  readonly tracerProvider?: TracerProvider;
  /** Metrics go here; the global meter provider (a no-op until an SDK registers one) when absent. */
  readonly meterProvider?: MeterProvider;
};

/**
 * Glia's handle on OpenTelemetry: a tracer and the metric instruments. Without an SDK every call is
 * a no-op. Instruments are made from the provider in force when they are first used and remade if
 * the global provider changes, so an SDK registered after `createGlia` still gets every metric.
 */
export class GliaTelemetry {
  /** The tracer Glia's spans come from. */
  readonly tracer: Tracer;
  private provider: MeterProvider | undefined;
  private instruments_: GliaInstruments | undefined;
  private readonly sources = new Set<DeliveryStatsSource>();
  private readonly backlogSources = new Set<ConsumerBacklogSource>();
  private logger: Logger | undefined;

  /** Uses the providers given, or the global ones. */
  constructor(private readonly options: TelemetryOptions = {}) {
    // The global tracer provider is a proxy: a tracer taken now follows an SDK registered later.
    this.tracer = (options.tracerProvider ?? trace.getTracerProvider()).getTracer(INSTRUMENTATION_SCOPE);
  }

  /** The metric instruments, made from the current meter provider. */
  get instruments(): GliaInstruments {
    const provider = this.options.meterProvider ?? metrics.getMeterProvider();
    if (provider !== this.provider || this.instruments_ === undefined) {
      this.provider = provider;
      this.instruments_ = new GliaInstruments(
        provider.getMeter(INSTRUMENTATION_SCOPE),
        () => this.collect(this.sources, (s) => s.stats(), 'Could not read delivery stats for the outbox gauges'),
        () => this.collect(this.backlogSources, (s) => s.backlog(), 'Could not read a consumer backlog'),
      );
    }
    return this.instruments_;
  }

  /** Feeds the outbox gauges (pending, failed, dead, oldest age per handler) from `source`. */
  observeDeliveryStats(source: DeliveryStatsSource, logger?: Logger): () => void {
    this.sources.add(source);
    this.logger ??= logger;
    void this.instruments;
    return () => this.sources.delete(source);
  }

  /** Feeds the `glia.consumer.backlog` gauge from `source` until the returned function is called. */
  observeConsumerBacklog(source: ConsumerBacklogSource, logger?: Logger): () => void {
    this.backlogSources.add(source);
    this.logger ??= logger;
    void this.instruments;
    return () => this.backlogSources.delete(source);
  }

  // A scrape must not fail because the broker or database is briefly away: report and skip that reading.
  private async collect<S, T>(
    sources: ReadonlySet<S>,
    read: (source: S) => Promise<readonly T[]>,
    failure: string,
  ): Promise<readonly T[]> {
    const all: T[] = [];
    for (const source of sources) {
      try {
        all.push(...(await read(source)));
      } catch (error) {
        this.logger?.warn(failure, { error: describeError(error) });
      }
    }
    return all;
  }
}

/** The telemetry on the global providers, used wherever none is passed. */
export const globalTelemetry = new GliaTelemetry();
