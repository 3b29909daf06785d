import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { LintResult } from '@hindsight/core/lint';
import { writeAtomic } from '../write-atomic.js';
import { StringTable, decodeResult, encodeResult } from './cache-codec.js';
import type { EncodedResult } from './cache-codec.js';

/** Where `--cache` keeps its file when `--cache-location` is not given, from the cwd. */
export const DEFAULT_CACHE_LOCATION = join('.hindsight-cache', 'lint.json');

/** Changes when the cache file's layout does; an older file is then simply not used. */
const CACHE_FORMAT = 3;

/**
 * The cache file: results encoded against one table of strings (see cache-codec.ts), for
 * one configuration (`salt` is the hash of {@link cacheSalt}), each with the file's size and
 * modification time when its content was hashed (-1 when those cannot be trusted).
 */
interface CacheFile {
  format: typeof CACHE_FORMAT;
  salt: string;
  strings: string[];
  entries: Record<string, Entry>;
}

type Entry = [hash: string, result: EncodedResult, size: number, mtimeMs: number];

/** A file's size and modification time, as `stat` gives them. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/*
 * File systems record modification times in steps of up to two seconds (FAT), so a file
 * changed again within the step in which it was stamped keeps its time. A stamp is only
 * trusted when the time it holds was already this far in the past when it was taken.
 */
const STAMP_GRANULARITY_MS = 2000;

/**
 * Lint results remembered between runs, keyed by absolute file path. An entry counts only
 * when its hash matches: the hash covers the file's content, the resolved configuration and
 * Hindsight's version, so a change to any of them makes the file be linted again.
 */
export interface LintCache {
  /**
   * The hash stored for a file whose size and modification time are those it had when it
   * was hashed, so that reading it again can be skipped; undefined otherwise.
   */
  knownHash(path: string, stamp: FileStamp): string | undefined;
  /** The remembered result, when `hash` is the one it was stored with. */
  get(path: string, hash: string): LintResult | undefined;
  /**
   * Remembers a result. `stamp` is the file's, taken before its content was read, and
   * `since` when the stamp was taken: the stamp is only kept if it can be trusted later.
   */
  set(path: string, hash: string, result: LintResult, stamp?: FileStamp, since?: number): void;
  /** Records a new stamp for a file whose result did not change (it was only touched). */
  restamp(path: string, stamp: FileStamp, since: number): void;
  delete(path: string): void;
  /** Writes the cache back, atomically, if anything changed. */
  save(): Promise<void>;
}

/**
 * The salt of every hash: what, besides a file's content, decides its lint result.
 *
 * @example cacheSalt({ profile: 'sre' }, '0.1.0')
 */
export function cacheSalt(resolvedConfig: unknown, version: string): string {
  return `hindsight ${version}\0${stableJson(resolvedConfig)}`;
}

/** sha256 of the salt and the content (as text, or the file's bytes: the same for UTF-8). */
export function contentHash(content: string | Uint8Array, salt: string): string {
  return createHash('sha256').update(salt).update('\0').update(content).digest('hex');
}

/**
 * Where the cache file goes: `location` as given, or `lint.json` inside it when it names a
 * folder (ends with a slash or exists as one), or the default in `cwd`.
 */
export async function cacheFilePath(cwd: string, location?: string): Promise<string> {
  if (location === undefined) return resolve(cwd, DEFAULT_CACHE_LOCATION);
  const full = resolve(cwd, location);
  if (/[/\\]$/.test(location)) return join(full, 'lint.json');
  const info = await stat(full).catch(() => undefined);
  return info?.isDirectory() ? join(full, 'lint.json') : full;
}

/**
 * Reads the cache at `file`. A missing file is an empty cache; a damaged or foreign one is
 * reported through `warn` and replaced on save, never a failure: the cache only saves time.
 */
export async function loadLintCache(
  file: string,
  shownAs: string,
  salt: string,
  warn: (message: string) => void,
): Promise<LintCache> {
  const saltHash = contentHash(salt, '');
  const stored = await readCacheFile(file, shownAs, saltHash, warn);
  // Results are decoded only when asked for, so a run over a few files of a big cache is
  // not slowed by the rest; the others are written back as they are.
  const entries = new Map(Object.entries(stored.entries));
  const fresh = new Map<string, { hash: string; result: LintResult; stamp: [number, number] }>();
  const parsedData = new Map<number, Record<string, string | number>>();
  let dirty = false;
  const trusted = (stamp: FileStamp | undefined, since: number | undefined): [number, number] =>
    stamp !== undefined && since !== undefined && stamp.mtimeMs < since - STAMP_GRANULARITY_MS
      ? [stamp.size, stamp.mtimeMs]
      : [-1, -1];
  return {
    knownHash(path, stamp) {
      const own = fresh.get(path);
      const entry = entries.get(path);
      const [hash, size, mtimeMs] =
        own !== undefined
          ? [own.hash, ...own.stamp]
          : entry !== undefined
            ? [entry[0], entry[2], entry[3]]
            : ['', -1, -1];
      return size !== -1 && size === stamp.size && mtimeMs === stamp.mtimeMs ? hash : undefined;
    },
    get(path, hash) {
      const own = fresh.get(path);
      if (own !== undefined) return own.hash === hash ? own.result : undefined;
      const entry = entries.get(path);
      if (entry === undefined || entry[0] !== hash) return undefined;
      return decodeResult(entry[1], stored.strings, parsedData);
    },
    set(path, hash, result, stamp, since) {
      entries.delete(path);
      fresh.set(path, { hash, result, stamp: trusted(stamp, since) });
      dirty = true;
    },
    restamp(path, stamp, since) {
      const [size, mtimeMs] = trusted(stamp, since);
      const own = fresh.get(path);
      if (own !== undefined) {
        own.stamp = [size, mtimeMs];
      } else {
        const entry = entries.get(path);
        if (entry === undefined || (entry[2] === size && entry[3] === mtimeMs)) return;
        entries.set(path, [entry[0], entry[1], size, mtimeMs]);
      }
      dirty = true;
    },
    delete(path) {
      dirty = entries.delete(path) || fresh.delete(path) || dirty;
    },
    async save() {
      if (!dirty) return;
      // New results are added to the old string table, so that the others are written back
      // untouched. When most results are new, a fresh table drops the strings no longer used.
      const compact = fresh.size >= entries.size;
      const table = new StringTable(compact ? [] : stored.strings);
      const out: CacheFile['entries'] = {};
      for (const [path, [hash, result, size, mtimeMs]] of entries) {
        if (!compact) {
          out[path] = [hash, result, size, mtimeMs];
          continue;
        }
        const decoded = decodeResult(result, stored.strings, parsedData);
        const again = decoded === undefined ? undefined : encodeResult(decoded, table);
        if (again !== undefined) out[path] = [hash, again, size, mtimeMs];
      }
      for (const [path, { hash, result, stamp }] of fresh) {
        const encodedResult = encodeResult(result, table);
        if (encodedResult !== undefined) out[path] = [hash, encodedResult, ...stamp];
      }
      const data: CacheFile = {
        format: CACHE_FORMAT,
        salt: saltHash,
        strings: table.strings,
        entries: out,
      };
      try {
        await writeAtomic(file, JSON.stringify(data), { overwrite: true, displayPath: shownAs });
        dirty = false;
      } catch (error) {
        warn(`${error instanceof Error ? error.message : String(error)} The cache was not saved.`);
      }
    },
  };
}

const EMPTY: Pick<CacheFile, 'strings' | 'entries'> = { strings: [], entries: {} };

async function readCacheFile(
  file: string,
  shownAs: string,
  saltHash: string,
  warn: (message: string) => void,
): Promise<Pick<CacheFile, 'strings' | 'entries'>> {
  let text: string;
  try {
    // Read in one go: the asynchronous read of a file of megabytes cost a tenth of a warm run.
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No cache yet (or its folder is missing) is the normal first run.
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      warn(`${shownAs}: cannot be read (${String(code)}); linting every file.`);
    }
    return EMPTY;
  }
  const problem = (reason: string): typeof EMPTY => {
    warn(`${shownAs}: ${reason}; ignoring it and linting every file.`);
    return EMPTY;
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return problem('not a valid cache file (broken JSON)');
  }
  if (!isRecord(data) || !isRecord(data.entries)) return problem('not a lint cache file');
  // A cache from another layout (after an upgrade) or another configuration (a changed
  // profile or rule) holds nothing this run can use, so it is dropped quietly.
  if (data.format !== CACHE_FORMAT || data.salt !== saltHash) return EMPTY;
  const strings = data.strings;
  if (!Array.isArray(strings) || !strings.every((s) => typeof s === 'string')) {
    return problem('not a lint cache file');
  }
  const entries: CacheFile['entries'] = {};
  for (const [path, entry] of Object.entries(data.entries)) {
    // A damaged result fails to decode later and its file is linted again.
    if (
      Array.isArray(entry) &&
      entry.length === 4 &&
      typeof entry[0] === 'string' &&
      Array.isArray(entry[1]) &&
      Number.isInteger(entry[2]) &&
      typeof entry[3] === 'number'
    ) {
      entries[path] = entry as Entry;
    }
  }
  return { strings, entries };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with object keys sorted, so equal configurations give equal salts. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}
