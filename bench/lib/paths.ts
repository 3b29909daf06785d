import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found by walking up from this file. Benchmarks run from
 * `bench/dist/bench/…` once compiled and from `bench/…` under Vitest, so a fixed number of
 * `..` would be right in only one of the two.
 */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'packages', 'core', 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('bench: cannot find the repository root');
    dir = parent;
  }
  return dir;
}

/** `shared/corpus` beside the repository, or `HINDSIGHT_CORPUS_DIR`. */
export function benchCorpusDir(): string {
  const override = process.env['HINDSIGHT_CORPUS_DIR'];
  return override !== undefined && override !== ''
    ? override
    : resolve(repoRoot(), '..', 'shared', 'corpus');
}

/** Where a benchmark writes its JSON results (gitignored). */
export function resultsFile(name: string): string {
  return join(repoRoot(), 'bench', 'results', `${name}.json`);
}
