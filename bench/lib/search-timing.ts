import { spawnSync } from 'node:child_process';

/**
 * Searches people would type against postmortems: causes, symptoms and components, as single
 * words, several words, and phrases. The synthetic documents use this vocabulary, so every
 * query has matches, from a handful to most of the collection.
 */
export const SEARCH_QUERIES: readonly string[] = [
  'certificate',
  'expired certificate',
  'intermediate certificate',
  'TLS handshake',
  'disk full',
  'debug logging',
  'root disk',
  'missing index',
  'index',
  'connection pool',
  'timeout',
  'dependency bump',
  'autoscaling policy',
  'rollback',
  'consumer lag',
  'refund',
  'uploads failing',
  'login attempts',
  'customer support',
  'status channel',
  'proxies',
  'backlog',
  'routing-api',
  'pricing-worker',
  'cache',
  'DNS',
  'memory leak',
  'replica',
  'deploy',
  'on-call engineer',
];

/** The percentile `p` (0–100) of `values`, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export interface SearchTiming {
  /** Each request's time, client-side (send to last byte of the answer), in ms. */
  latenciesMs: number[];
  /** Matches on the first page of each query, to show that the queries find things. */
  firstPageHits: Record<string, number>;
}

/**
 * Times `GET /api/search?q=…` for each query, one request at a time (a person searching),
 * `repetitions` times over the whole list after one untimed pass.
 */
export async function timeHindsightSearch(
  baseUrl: string,
  headers: Record<string, string>,
  queries: readonly string[],
  repetitions: number,
): Promise<SearchTiming> {
  const ask = async (q: string): Promise<{ ms: number; hits: number }> => {
    const start = performance.now();
    const res = await fetch(`${baseUrl}/api/search?q=${encodeURIComponent(q)}&limit=20`, {
      headers,
    });
    const body = (await res.json()) as { items?: unknown[] };
    const ms = performance.now() - start;
    if (res.status !== 200) throw new Error(`search "${q}" answered ${res.status}`);
    return { ms, hits: body.items?.length ?? 0 };
  };
  const firstPageHits: Record<string, number> = {};
  for (const q of queries) firstPageHits[q] = (await ask(q)).hits;
  const latenciesMs: number[] = [];
  for (let rep = 0; rep < repetitions; rep++)
    for (const q of queries) latenciesMs.push((await ask(q)).ms);
  return { latenciesMs, firstPageHits };
}

/**
 * Times ripgrep over the exported files for each query: `rg --files-with-matches
 * --ignore-case --fixed-strings QUERY DIR`, as a person would look for the same words, one
 * process per query (its start-up included, as when typed). Returns each run's wall time.
 */
export function timeRipgrep(
  dir: string,
  queries: readonly string[],
  repetitions: number,
): { latenciesMs: number[]; filesMatched: Record<string, number> } {
  const latenciesMs: number[] = [];
  const filesMatched: Record<string, number> = {};
  for (let rep = 0; rep < repetitions; rep++) {
    for (const q of queries) {
      const start = performance.now();
      const result = spawnSync(
        'rg',
        ['--files-with-matches', '--ignore-case', '--fixed-strings', '--', q, dir],
        { encoding: 'utf8', maxBuffer: 64 << 20 },
      );
      latenciesMs.push(performance.now() - start);
      if (result.error) throw result.error;
      // rg exits 1 when nothing matches, 2 on errors.
      if (result.status === 2) throw new Error(`rg failed: ${result.stderr}`);
      filesMatched[q] = result.stdout === '' ? 0 : result.stdout.trimEnd().split('\n').length;
    }
  }
  return { latenciesMs, filesMatched };
}

/** True when `rg` runs on this machine. */
export function hasRipgrep(): boolean {
  const result = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  return result.status === 0;
}
