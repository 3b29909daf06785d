import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController } from 'fastify';
import type { FastifyRequest } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DatabaseHandle } from '../storage/create-database.js';
import { PostmortemStore } from '../storage/postmortem-store.js';
import type { StoreOptions } from '../storage/store-options.js';
import type { Viewer } from '../storage/viewer.js';
import type { AppContext, AppServices } from './app-context.js';
import { DEFAULT_SERVER_CONFIG } from './config.js';
import type { ServerConfig } from './config.js';
import { installErrorHandler } from './error-handler.js';
import type { HttpApp } from './http-app.js';
import { createHttpMetrics } from './http-metrics.js';
import { ROUTE_MODULES } from './routes/index.js';
import type { RouteModule } from './routes/route-module.js';
import { registerStaticRoot } from './static-root.js';
import './auth/guards.js';
import { resolveViewer as sessionOrTokenViewer } from './auth/resolve-viewer.js';

/** Finds who is asking, from the request's session cookie or API token; null for nobody. */
export type ViewerResolver = (
  request: FastifyRequest,
  ctx: AppContext,
) => Viewer | null | Promise<Viewer | null>;

/** What buildApp needs: an open, migrated database, and optionally everything else. */
export interface BuildAppOptions {
  readonly handle: DatabaseHandle;
  /** Overrides of the defaults (loadServerConfig gives a whole one from env and flags). */
  readonly config?: Partial<ServerConfig>;
  /** Clock and id seams of the store (tests). */
  readonly storeOptions?: StoreOptions;
  /**
   * Who is asking. Default: the auth layer's resolver, which reads the session cookie and
   * API tokens. Tests may pass a resolver returning a fixed viewer.
   */
  readonly resolveViewer?: ViewerResolver;
  /** Services to start with (tests replace one; route modules add the rest). */
  readonly services?: Partial<AppServices>;
  /** The route modules (default: all of routes/index.ts). */
  readonly routes?: readonly RouteModule[];
  /** Log one JSON line per request at `config.logLevel` (default true; tests pass false). */
  readonly logger?: boolean;
  /** Where log lines go (default: standard output); `hindsight serve` uses standard error. */
  readonly logStream?: { write(line: string): void };
}

/**
 * Builds the Hindsight HTTP app over an open database: plugins (cookies, OpenAPI), the viewer
 * hook, metrics and request logs, every route module, and (when configured) the web app's
 * static files. Listening and shutting down are startServer's job; tests call `app.inject()`.
 *
 * @example
 * const app = await buildApp({ handle, resolveViewer: () => someViewer });
 * const res = await app.inject({ method: 'GET', url: '/api/postmortems' });
 */
export async function buildApp(options: BuildAppOptions): Promise<HttpApp> {
  const config: ServerConfig = { ...DEFAULT_SERVER_CONFIG, ...options.config };
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : // Request lines come from the onResponse hook below and never carry headers, so no
          // cookie or token reaches the log.
          {
            level: config.logLevel,
            ...(options.logStream === undefined ? {} : { stream: options.logStream }),
          },
    // The built-in "incoming request" and "request completed" pair is replaced by one line.
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: 'x-request-id',
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  // Markdown bodies arrive as text: the routes that accept them parse them with core.
  app.addContentTypeParser(
    ['text/markdown', 'text/plain'],
    { parseAs: 'string' },
    (_request, body, done) => done(null, body),
  );

  const ctx: AppContext = {
    handle: options.handle,
    store: new PostmortemStore(options.handle, {
      answerCacheBytes: config.readCacheBytes,
      ...options.storeOptions,
    }),
    config,
    services: { ...options.services },
    lifecycle: { shuttingDown: false },
  };
  app.decorate('ctx', ctx);

  // Registered before the viewer hook so that the resolver can read `request.cookies`.
  await app.register(fastifyCookie);
  // Sessions and API tokens (auth/resolve-viewer.ts) unless a test hands in its own.
  const resolveViewer = options.resolveViewer ?? sessionOrTokenViewer;
  app.decorateRequest('viewer', null);
  app.decorateRequest('signedInWith', null);
  // Callback hooks rather than async ones, and no promise when the viewer is known at once:
  // these run on every request, and each promise is a measurable part of a cached read.
  app.addHook('onRequest', (request, reply, done) => {
    // Set first, so that every answer carries it, errors and 404s included.
    reply.header('x-request-id', request.id);
    const viewer = resolveViewer(request, ctx);
    if (!(viewer instanceof Promise)) {
      request.viewer = viewer;
      done();
      return;
    }
    viewer.then((resolved) => {
      request.viewer = resolved;
      done();
    }, done);
  });

  const metrics = createHttpMetrics();
  app.addHook('onResponse', (request, reply, done) => {
    metrics.observe(request, reply);
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
    done();
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Hindsight API',
        description: 'Blameless postmortems: write, keep, review and learn from them.',
        version: '1',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  for (const register of options.routes ?? ROUTE_MODULES) await register(app, ctx);
  if (config.staticRoot !== undefined) await registerStaticRoot(app, config.staticRoot);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's shared context (database, store, config, services, lifecycle). */
    ctx: AppContext;
  }
}
