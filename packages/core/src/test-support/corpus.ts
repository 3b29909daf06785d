import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A real-world postmortem from the shared corpus. */
export interface CorpusDocument {
  /** File name, e.g. `hb_01.md`. */
  name: string;
  text: string;
}

/**
 * Absolute path of the shared corpus. The repository is cloned next to `shared/`, so the
 * corpus is five levels up from this file (test-support → src → core → packages → repo →
 * its parent). `HINDSIGHT_CORPUS_DIR` overrides it for machines laid out differently.
 */
export function corpusDir(): string {
  const override = process.env['HINDSIGHT_CORPUS_DIR'];
  if (override !== undefined && override !== '') return override;
  return fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
}

/** Whether the corpus is there, so that suites can skip (with a reason) rather than fail. */
export function hasCorpus(dir: string = corpusDir()): boolean {
  return existsSync(dir) && corpusFileNames(dir).length > 0;
}

/**
 * Every corpus document, sorted by name. `SOURCES.md` is left out: it lists where the
 * documents came from and is not a postmortem.
 */
export function readCorpus(dir: string = corpusDir()): CorpusDocument[] {
  return corpusFileNames(dir).map((name) => ({
    name,
    text: readFileSync(join(dir, name), 'utf8'),
  }));
}

function corpusFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'SOURCES.md')
    .sort();
}
