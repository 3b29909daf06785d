/**
 * The baseline of the API benchmark, run as its own process: `node bare-server.js PORT`.
 * Fastify with defaults and one route returning a fixed JSON object, so that
 * GET-one ÷ bare is what Hindsight adds on top of Fastify itself: auth, the database read,
 * serialisation of a whole postmortem, request logs and metrics.
 */
import Fastify from 'fastify';

const port = Number(process.argv[2]);
const FIXED = {
  id: '00000000-0000-4000-8000-000000000000',
  slug: 'fixed',
  title: 'A fixed answer',
  revision: 1,
};

const app = Fastify({ logger: false });
app.get('/bare', async () => FIXED);
app.get('/readyz', async () => ({ ready: true }));
await app.listen({ port, host: '127.0.0.1' });
const stop = (): void => void app.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
