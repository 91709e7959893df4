import { metrics } from '@opentelemetry/api';
import { PrometheusExporter, PrometheusSerializer } from '@opentelemetry/exporter-prometheus';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import type { ApiContext } from './api-context.js';
import type { ApiRoute } from './api-route.js';

// The exporter only collects here: its own HTTP server stays off, fastify answers `/metrics`.
const exporter = new PrometheusExporter({ preventServerStart: true });
const serializer = new PrometheusSerializer();
// Registered when this module loads, before `createGlia` runs, so Glia's instruments record into it.
metrics.setGlobalMeterProvider(new MeterProvider({ readers: [exporter] }));

/** `/metrics`: Glia's commands, events, deliveries and outbox backlog in Prometheus text format. */
export function metricsRoutes(_ctx: ApiContext): ApiRoute[] {
  return [
    {
      method: 'GET',
      url: '/metrics',
      summary: 'Metrics in Prometheus text format (commands, events, deliveries, outbox backlog).',
      tag: 'health',
      handle: async ({ reply }) => {
        const { resourceMetrics, errors } = await exporter.collect();
        if (errors.length > 0) void reply.status(500);
        void reply.type('text/plain; version=0.0.4; charset=utf-8');
        return serializer.serialize(resourceMetrics);
      },
    },
  ];
}
