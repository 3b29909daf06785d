import type { RouteOptions } from 'fastify';
import type { RouteModule } from '../routes/route-module.js';

/** A route as Fastify registered it: one method and its URL pattern. */
export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  /** Whether the route declares a body schema (it takes JSON or Markdown). */
  readonly hasBody: boolean;
  /** Hidden from the OpenAPI document (the explorer's own files, /metrics). */
  readonly hidden: boolean;
}

/**
 * A route module that records, through Fastify's onRoute hook, every route registered after
 * it: put it first in `buildApp({ routes: [collector.module, ...ROUTE_MODULES] })`. Tests that
 * must cover every route read them from here, so a new route cannot be forgotten.
 */
export function routeCollector(): { module: RouteModule; routes: RegisteredRoute[] } {
  const routes: RegisteredRoute[] = [];
  const module: RouteModule = (app) => {
    app.addHook('onRoute', (route: RouteOptions) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const schema = route.schema as { body?: unknown; hide?: boolean } | undefined;
      for (const method of methods) {
        // Fastify adds a HEAD for every GET; it answers as the GET does.
        if (method === 'HEAD') continue;
        routes.push({
          method,
          url: route.url,
          hasBody: schema?.body !== undefined,
          hidden: schema?.hide === true,
        });
      }
    });
  };
  return { module, routes };
}
