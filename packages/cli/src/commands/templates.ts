import { listTemplates } from '@hindsight/core/templates';
import type { Outcome } from '../cli-error.js';
import { findConfig, loadTemplates } from '../config.js';
import { displayPath } from '../display-path.js';
import { paintFor } from '../io.js';
import type { Io } from '../io.js';

export interface TemplatesOptions {
  json?: boolean;
}

/** One template as `templates --json` lists it. */
export interface TemplateListing {
  id: string;
  name: string;
  profile: string;
  description: string;
  /** `built-in`, or the absolute path of a custom template's file. */
  source: string;
}

/** `hindsight templates`: the templates `new` can start from, built-in and custom. */
export async function runTemplates(options: TemplatesOptions, io: Io): Promise<Outcome> {
  const templates = listTemplates(await loadTemplates(await findConfig(io.cwd)));
  const listing: TemplateListing[] = templates.map((t) => ({
    id: t.id,
    name: t.name,
    profile: t.profile,
    description: t.description,
    source: t.source ?? 'built-in',
  }));
  if (options.json) {
    io.stdout.write(`${JSON.stringify(listing, null, 2)}\n`);
    return 'ok';
  }
  const paint = paintFor(io);
  const width = Math.max(...listing.map((t) => t.id.length));
  const lines = listing.flatMap((t) => {
    const source = t.source === 'built-in' ? 'built-in' : displayPath(t.source, io.cwd);
    return [
      `${paint.bold(t.id.padEnd(width))}  ${t.name}  ${paint.dim(`(profile ${t.profile}, ${source})`)}`,
      ...(t.description ? [`${' '.repeat(width + 2)}${paint.dim(t.description)}`] : []),
    ];
  });
  io.stdout.write(
    `${lines.join('\n')}\n\nStart one with: ${paint.cyan('hindsight new --template <id> --title "…"')}\n`,
  );
  return 'ok';
}
