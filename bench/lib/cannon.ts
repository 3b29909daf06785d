import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** What one autocannon run loads: GET each of `paths` in turn, on every connection. */
export interface CannonSpec {
  baseUrl: string;
  paths: string[];
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
}

export interface CannonFigures {
  requestsPerSecond: number;
  totalRequests: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** Runs autocannon in a child process (bench/lib/cannon-main.js) and returns its figures. */
export function runCannon(distLib: string, spec: CannonSpec): CannonFigures {
  const result = spawnSync(
    process.execPath,
    [join(distLib, 'cannon-main.js'), JSON.stringify(spec)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (result.status !== 0) throw new Error(`autocannon failed: ${result.stderr}`);
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as CannonFigures;
}
