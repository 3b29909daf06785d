import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePostmortem } from '../../../core/src/markdown/index.js';
import type { StoredPostmortem } from '../../../server/src/storage/stored-postmortem.js';
import type { PostmortemStore } from '../../../server/src/storage/postmortem-store.js';

/** The shared corpus of real postmortems (read in place, never copied into the project). */
export const CORPUS_DIR = process.env['HINDSIGHT_CORPUS_DIR'] ?? '/work/shared/corpus';

/** Stores the first `count` corpus postmortems as `actor`; returns what was stored. */
export async function seedCorpus(
  store: PostmortemStore,
  actor: string,
  count: number,
): Promise<StoredPostmortem[]> {
  const files = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
    .sort()
    .slice(0, count);
  const stored: StoredPostmortem[] = [];
  for (const file of files) {
    const { model } = parsePostmortem(readFileSync(join(CORPUS_DIR, file), 'utf8'));
    stored.push(await store.create(model, { actor }));
  }
  return stored;
}
