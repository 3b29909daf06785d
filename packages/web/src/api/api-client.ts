import { ApiError, toApiError } from './api-error.js';

export type QueryValue = string | number | boolean | undefined | null | readonly string[];

export interface RequestOptions {
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: unknown;
  readonly signal?: AbortSignal;
  /** Return the raw text instead of parsing JSON (exports). */
  readonly text?: boolean;
}

export interface ApiClientOptions {
  /** Where the API lives; '' for the same origin. */
  readonly baseUrl?: string;
  /** Called on any 401 except from the calls that are expected to answer 401 (`me`). */
  readonly onUnauthorized?: () => void;
  readonly fetch?: typeof fetch;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one way the app talks to the server. Sends the session cookie, adds the CSRF token to
 * unsafe methods, and turns every failure into an {@link ApiError} with the server's code.
 */
export class ApiClient {
  private csrfToken: string | null = null;
  /** GETs started before anyone asked for them (see `prefetch`), by URL. */
  private readonly prefetched = new Map<string, Promise<Response>>();
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ApiClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    // Bound, because calling window.fetch detached from window throws "Illegal invocation".
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /**
   * Starts a GET now, so that its answer is on its way while the app is still booting; the
   * first `get` of the same URL takes it. An answer that is not a success is thrown away and
   * that `get` asks again, so a prefetch made before signing in never leaks a stale 401.
   */
  prefetch(path: string, query?: Readonly<Record<string, QueryValue>>): void {
    const url = this.baseUrl + path + queryString(query);
    if (this.prefetched.has(url)) return;
    const started = this.fetchImpl(url, {
      method: 'GET',
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
    started.catch(() => undefined);
    this.prefetched.set(url, started);
  }

  /** Remembers the token from GET /api/auth/me or sign-in; null after sign-out. */
  setCsrfToken(token: string | null): void {
    this.csrfToken = token;
  }

  get<T>(path: string, options?: RequestOptions): Promise<T> {
    return this.request<T>('GET', path, options);
  }
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> {
    return this.request<T>('POST', path, { ...options, body });
  }
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> {
    return this.request<T>('PUT', path, { ...options, body });
  }
  patch<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> {
    return this.request<T>('PATCH', path, { ...options, body });
  }
  delete<T>(path: string, options?: RequestOptions): Promise<T> {
    return this.request<T>('DELETE', path, options);
  }

  private async takePrefetched(url: string): Promise<Response | undefined> {
    const pending = this.prefetched.get(url);
    if (!pending) return undefined;
    this.prefetched.delete(url);
    const response = await pending.catch(() => undefined);
    return response?.ok ? response : undefined;
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (UNSAFE.has(method) && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    const url = this.baseUrl + path + queryString(options.query);
    let response: Response | undefined;
    if (method === 'GET') response = await this.takePrefetched(url);
    try {
      response ??= await this.fetchImpl(url, {
        method,
        headers,
        credentials: 'same-origin',
        body: options.body === undefined ? null : JSON.stringify(options.body),
        signal: options.signal ?? null,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError(0, 'network_error', 'The server could not be reached.');
    }
    if (response.status === 401 && !path.endsWith('/auth/me')) this.options.onUnauthorized?.();
    if (response.status === 204) return undefined as T;
    const raw = await response.text();
    if (!response.ok) throw toApiError(response.status, parseJson(raw));
    if (options.text) return raw as T;
    const body = parseJson(raw);
    if (body === undefined) {
      throw new ApiError(response.status, 'bad_response', 'The server sent an unreadable answer.');
    }
    return body as T;
  }
}

/** `?a=1&b=x&b=y` from an object; undefined, null and '' are left out. */
export function queryString(query: Readonly<Record<string, QueryValue>> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value as readonly string[]) params.append(key, v);
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function parseJson(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
