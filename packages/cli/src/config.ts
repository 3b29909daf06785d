import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { loadCustomTemplate } from '@hindsight/core/templates';
import type { Template } from '@hindsight/core/templates';
import { CliError } from './cli-error.js';

export const CONFIG_FILE = 'hindsight.config.json';

/** The project configuration, read from `hindsight.config.json` here or in a parent folder. */
export interface Config {
  /** The config file itself, when one was found. */
  path?: string;
  /** The folder of the config file, which relative paths in it are resolved against. */
  root?: string;
  /** Folder of custom templates (`*.md`, the file name is the template id). */
  templates?: string;
  /** Default lint profile. */
  profile?: string;
  /** Everything else in the file, for the commands that read it. */
  raw: Record<string, unknown>;
}

/**
 * Finds and reads the configuration: `explicit` when given, else the nearest
 * `hindsight.config.json` in `cwd` or a parent folder. No file is an empty configuration.
 */
export async function findConfig(cwd: string, explicit?: string): Promise<Config> {
  const path = explicit ? resolve(cwd, explicit) : await locate(cwd);
  if (!path) return { raw: {} };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError('file_not_found', `${path}: no such file.`);
    throw new CliError('file_unreadable', `${path}: cannot be read (${String(code)}).`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CliError('invalid_input', `${path}: not valid JSON (${(error as Error).message}).`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CliError('invalid_input', `${path}: must contain a JSON object.`);
  }
  const record = raw as Record<string, unknown>;
  if (record.templates !== undefined && typeof record.templates !== 'string') {
    throw new CliError('invalid_input', `${path}: "templates" must be the path of a folder.`);
  }
  if (record.profile !== undefined && typeof record.profile !== 'string') {
    throw new CliError('invalid_input', `${path}: "profile" must be a profile name.`);
  }
  return {
    path,
    root: dirname(path),
    ...(typeof record.templates === 'string' ? { templates: record.templates } : {}),
    ...(typeof record.profile === 'string' ? { profile: record.profile } : {}),
    raw: record,
  };
}

async function locate(cwd: string): Promise<string | undefined> {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (await isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Loads every `*.md` in the configured templates folder; the file name (lower-cased, without
 * `.md`) is the template id. A broken template is an error naming its file.
 */
export async function loadTemplates(config: Config): Promise<Template[]> {
  if (!config.templates || !config.root) return [];
  const dir = resolve(config.root, config.templates);
  const from = config.path ?? CONFIG_FILE;
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') {
      throw new CliError(
        'invalid_input',
        `${dir}, the templates folder named in ${from}, is not a folder.`,
      );
    }
    throw new CliError(
      'file_not_found',
      `${dir}, the templates folder named in ${from}, does not exist.`,
    );
  }
  const templates: Template[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const id = name.replace(/\.md$/, '').toLowerCase();
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new CliError(
        'file_unreadable',
        `${path}: cannot be read (${String((error as NodeJS.ErrnoException).code)}).`,
      );
    }
    try {
      templates.push(loadCustomTemplate(id, text, path));
    } catch (error) {
      throw new CliError('invalid_input', (error as Error).message);
    }
  }
  return templates;
}
