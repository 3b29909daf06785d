/**
 * One autocannon run in a process of its own: `node cannon-main.js '<json spec>'`, printing
 * the figures as one JSON line. The load generator then competes with the server for the
 * CPU like any client on the same machine, but not with the benchmark's own bookkeeping.
 */
import autocannon from 'autocannon';
import type { CannonSpec, CannonFigures } from './cannon.js';

const spec = JSON.parse(process.argv[2] ?? '{}') as CannonSpec;
const result = await autocannon({
  url: spec.baseUrl,
  connections: spec.connections,
  duration: spec.durationSeconds,
  headers: spec.headers,
  // Each connection walks the list in turn, so that GET-one reads many postmortems.
  requests: spec.paths.map((path) => ({ method: 'GET', path })),
});
const figures: CannonFigures = {
  requestsPerSecond: result.requests.average,
  totalRequests: result.requests.total,
  latencyP50Ms: result.latency.p50,
  latencyP99Ms: result.latency.p99,
  latencyMaxMs: result.latency.max,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
