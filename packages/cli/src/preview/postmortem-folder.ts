import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePostmortem } from '@hindsight/core/markdown';
import type { ParseResult } from '@hindsight/core/markdown';
import { readInput } from '../read-input.js';

/** One Markdown file of the folder. `stem` is its name without `.md`, as it appears in URLs. */
export interface FolderFile {
  name: string;
  stem: string;
  path: string;
}

export interface LoadedPostmortem {
  file: FolderFile;
  result: ParseResult;
}

/**
 * The Markdown postmortems directly inside one folder. The listing is read again on every
 * call, so files added while the preview runs appear; parses are cached until a file's size
 * or modification time changes. Only regular files are listed: symbolic links and anything in
 * sub-folders are never served.
 */
export class PostmortemFolder {
  private readonly cache = new Map<string, { key: string; loaded: LoadedPostmortem }>();

  constructor(readonly dir: string) {}

  async list(): Promise<FolderFile[]> {
    const entries = await readdir(this.dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && !e.name.startsWith('.') && /\.md$/i.test(e.name))
      .map((e) => ({
        name: e.name,
        stem: e.name.replace(/\.md$/i, ''),
        path: join(this.dir, e.name),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The file whose stem is exactly `stem`, among those listed; undefined otherwise. */
  async find(stem: string): Promise<FolderFile | undefined> {
    return (await this.list()).find((f) => f.stem === stem);
  }

  async load(file: FolderFile): Promise<LoadedPostmortem> {
    const info = await stat(file.path);
    const key = `${info.size}:${info.mtimeMs}`;
    const hit = this.cache.get(file.name);
    if (hit && hit.key === key) return hit.loaded;
    const text = await readInput(file.path, this.dir);
    const loaded = { file, result: parsePostmortem(text, { fileName: file.name }) };
    this.cache.set(file.name, { key, loaded });
    return loaded;
  }

  /**
   * Every postmortem of the folder. A file that cannot be read (too large, binary, removed
   * meanwhile) is returned in `unreadable` rather than failing the whole list.
   */
  async loadAll(): Promise<{ loaded: LoadedPostmortem[]; unreadable: FolderFile[] }> {
    const files = await this.list();
    const results = await Promise.allSettled(files.map((f) => this.load(f)));
    const loaded: LoadedPostmortem[] = [];
    const unreadable: FolderFile[] = [];
    results.forEach((result, i) => {
      const file = files[i];
      if (result.status === 'fulfilled') loaded.push(result.value);
      else if (file) unreadable.push(file);
    });
    return { loaded, unreadable };
  }
}
