import { describe, expect, it } from 'vitest';
import { ApiClient, queryString } from './api-client.js';
import { ApiError } from './api-error.js';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(status: number, body: string, calls: Call[]): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(status === 204 ? null : body, { status });
  }) as unknown as typeof fetch;
}

describe('ApiClient', () => {
  it('sends the CSRF token on unsafe methods only, and the cookie always', async () => {
    const calls: Call[] = [];
    const client = new ApiClient({ fetch: fakeFetch(200, '{"ok":true}', calls) });
    client.setCsrfToken('tok');
    await client.get('/api/x', { query: { a: 'b', skip: undefined, many: ['1', '2'] } });
    await client.post('/api/x', { n: 1 });
    expect(calls[0]?.url).toBe('/api/x?a=b&many=1&many=2');
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect((calls[0]?.init.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
    expect((calls[1]?.init.headers as Record<string, string>)['x-csrf-token']).toBe('tok');
    expect(calls[1]?.init.body).toBe('{"n":1}');
  });

  it('turns the error body into a typed error with its code and issues', async () => {
    const body = JSON.stringify({
      error: {
        code: 'invalid_input',
        message: 'bad',
        issues: [{ path: 'body.title', message: 'too long' }],
      },
    });
    const client = new ApiClient({ fetch: fakeFetch(400, body, []) });
    const error = await client.post('/api/x', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_input', message: 'bad' });
    expect((error as ApiError).issueFor('title')).toBe('too long');
  });

  it('calls onUnauthorized on a 401, except for the session check', async () => {
    let signedOut = 0;
    const body = JSON.stringify({ error: { code: 'unauthenticated', message: 'sign in' } });
    const client = new ApiClient({
      fetch: fakeFetch(401, body, []),
      onUnauthorized: () => signedOut++,
    });
    await client.get('/api/auth/me').catch(() => undefined);
    expect(signedOut).toBe(0);
    await client.get('/api/postmortems').catch(() => undefined);
    expect(signedOut).toBe(1);
  });

  it('reports a body that is not an error body as bad_response, and no answer as network_error', async () => {
    const html = new ApiClient({ fetch: fakeFetch(502, '<html>proxy</html>', []) });
    expect(await html.get('/api/x').catch((e: unknown) => e)).toMatchObject({
      code: 'internal_error',
    });
    const down = new ApiClient({
      fetch: (async () => {
        throw new TypeError('failed');
      }) as unknown as typeof fetch,
    });
    expect(await down.get('/api/x').catch((e: unknown) => e)).toMatchObject({
      code: 'network_error',
      status: 0,
    });
  });

  it('hands a prefetched GET to the first get of the same URL, once', async () => {
    const calls: Call[] = [];
    const client = new ApiClient({ fetch: fakeFetch(200, '{"n":1}', calls) });
    client.prefetch('/api/postmortems', { limit: 100, cursor: null });
    expect(await client.get('/api/postmortems', { query: { limit: 100 } })).toEqual({ n: 1 });
    expect(calls).toHaveLength(1);
    await client.get('/api/postmortems', { query: { limit: 100 } });
    expect(calls).toHaveLength(2);
  });

  it('asks again when the prefetched answer was a failure (signed out at boot)', async () => {
    const calls: Call[] = [];
    let status = 401;
    const client = new ApiClient({
      fetch: (async (url: string, init: RequestInit) => {
        calls.push({ url, init });
        return new Response('{"ok":true}', { status });
      }) as unknown as typeof fetch,
    });
    client.prefetch('/api/postmortems');
    status = 200;
    expect(await client.get('/api/postmortems')).toEqual({ ok: true });
    expect(calls).toHaveLength(2);
  });

  it('answers undefined for 204', async () => {
    const client = new ApiClient({ fetch: fakeFetch(204, '', []) });
    expect(await client.post('/api/auth/logout')).toBeUndefined();
  });

  it('builds query strings without empty values', () => {
    expect(queryString({ a: '', b: null, c: 0, d: false })).toBe('?c=0&d=false');
    expect(queryString({})).toBe('');
  });
});
