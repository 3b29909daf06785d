import { HindsightError } from '../errors.js';
import { holbertonTemplate } from './holberton-template.js';
import { minimalTemplate } from './minimal-template.js';
import { sreTemplate } from './sre-template.js';
import { standardTemplate } from './standard-template.js';
import type { Template } from './template.js';

/** The templates Hindsight ships, in the order they are listed. */
export const BUILT_IN_TEMPLATES: readonly Template[] = [
  standardTemplate,
  holbertonTemplate,
  sreTemplate,
  minimalTemplate,
];

/**
 * The built-in templates followed by custom ones; a custom template with a built-in id
 * replaces it, so a team can adapt `standard` to its own wording.
 */
export function listTemplates(custom: readonly Template[] = []): Template[] {
  const ids = new Set(custom.map((t) => t.id));
  return [...BUILT_IN_TEMPLATES.filter((t) => !ids.has(t.id)), ...custom];
}

export function getTemplate(id: string, custom: readonly Template[] = []): Template {
  const template = listTemplates(custom).find((t) => t.id === id);
  if (!template) {
    const known = listTemplates(custom)
      .map((t) => t.id)
      .join(', ');
    throw new HindsightError(
      'unknown_template',
      `There is no template "${id}". Known templates: ${known}.`,
    );
  }
  return template;
}
