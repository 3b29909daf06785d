import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The Prometheus metrics of one app: process metrics and request counts and durations. */
export interface HttpMetrics {
  readonly registry: Registry;
  /** Records one finished request (called from the `onResponse` hook). */
  observe(request: FastifyRequest, reply: FastifyReply): void;
}

/**
 * A registry of its own per app, rather than prom-client's global one, so that tests can
 * build many apps in one process; a server process builds one.
 */
export function createHttpMetrics(): HttpMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status'] as const;
  type Label = (typeof labelNames)[number];
  const requests = new Counter({
    name: 'hindsight_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'hindsight_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method, route pattern and status',
    labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  // The label-bound series of each method, route and status seen, made once: finding a
  // series from a labels object hashes the labels on every request.
  const series = new Map<string, { count: Counter.Internal; time: Histogram.Internal<Label> }>();
  return {
    registry,
    observe(request, reply) {
      // The route pattern, never the raw URL: ids in URLs would make one series per document.
      const route = request.routeOptions.url ?? 'unmatched';
      const status = String(reply.statusCode);
      const key = `${request.method} ${status} ${route}`;
      let bound = series.get(key);
      if (bound === undefined) {
        const labels = { method: request.method, route, status };
        bound = { count: requests.labels(labels), time: duration.labels(labels) };
        series.set(key, bound);
      }
      bound.count.inc();
      bound.time.observe(reply.elapsedTime / 1000);
    },
  };
}
