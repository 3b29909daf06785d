import type { FastifyReply, FastifyRequest } from 'fastify';
import { expect, it } from 'vitest';
import { createHttpMetrics } from './http-metrics.js';

const request = (method: string, url: string | undefined): FastifyRequest =>
  ({ method, routeOptions: { url } }) as unknown as FastifyRequest;
const reply = (statusCode: number, elapsedTime: number): FastifyReply =>
  ({ statusCode, elapsedTime }) as unknown as FastifyReply;

it('counts and times each request under its method, route pattern and status', async () => {
  const metrics = createHttpMetrics();
  metrics.observe(request('GET', '/api/postmortems/:idOrSlug'), reply(200, 2));
  metrics.observe(request('GET', '/api/postmortems/:idOrSlug'), reply(200, 30));
  metrics.observe(request('GET', '/api/postmortems/:idOrSlug'), reply(404, 1));
  metrics.observe(request('POST', '/api/postmortems'), reply(201, 7));
  metrics.observe(request('GET', undefined), reply(404, 1));
  const counts = await metrics.registry.getSingleMetricAsString('hindsight_http_requests_total');
  const line = (method: string, route: string, status: number): string =>
    `hindsight_http_requests_total{method="${method}",route="${route}",status="${status}"}`;
  expect(counts).toContain(`${line('GET', '/api/postmortems/:idOrSlug', 200)} 2`);
  expect(counts).toContain(`${line('GET', '/api/postmortems/:idOrSlug', 404)} 1`);
  expect(counts).toContain(`${line('POST', '/api/postmortems', 201)} 1`);
  expect(counts).toContain(`${line('GET', 'unmatched', 404)} 1`);
  const times = await metrics.registry.getSingleMetricAsString(
    'hindsight_http_request_duration_seconds',
  );
  const series = 'method="GET",route="/api/postmortems/:idOrSlug",status="200"';
  // 2 ms and 30 ms: one under 2.5 ms, both under 50 ms, 0.032 s in all.
  expect(times).toContain(
    `hindsight_http_request_duration_seconds_bucket{le="0.0025",${series}} 1`,
  );
  expect(times).toContain(`hindsight_http_request_duration_seconds_bucket{le="0.05",${series}} 2`);
  expect(times).toContain(`hindsight_http_request_duration_seconds_sum{${series}} 0.032`);
  expect(times).toContain(`hindsight_http_request_duration_seconds_count{${series}} 2`);
});
