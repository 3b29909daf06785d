import { HindsightError } from '../errors.js';
import { normalisePostmortem, parsePostmortem } from '../markdown/index.js';
import { baseFields } from './base-fields.js';
import type { Template } from './template.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Makes a template from a Markdown postmortem (any form the parser reads). Its front matter may
 * name it (`templateName`) and describe it (`templateDescription`) and choose a lint profile
 * (`templateProfile`); everything else is copied into each new postmortem.
 */
export function loadCustomTemplate(id: string, markdown: string, source?: string): Template {
  if (!ID.test(id)) {
    throw new HindsightError(
      'invalid_template',
      `Template id "${id}" must be lower-case words joined by hyphens.`,
    );
  }
  const parsed = parsePostmortem(markdown, source ? { fileName: source } : {});
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0];
    throw new HindsightError(
      'invalid_template',
      `Template "${id}"${source ? ` (${source})` : ''} line ${first?.line}: ${first?.message}`,
      errors,
    );
  }
  const { templateName, templateDescription, templateProfile, ...extra } = parsed.model.extra;
  const profile = ['standard', 'holberton', 'sre', 'minimal'].includes(String(templateProfile))
    ? (templateProfile as Template['profile'])
    : 'standard';
  const base = { ...parsed.model, extra };
  return {
    id,
    name: typeof templateName === 'string' ? templateName : parsed.model.title,
    description: typeof templateDescription === 'string' ? templateDescription : '',
    profile,
    ...(source ? { source } : {}),
    build: (options) =>
      normalisePostmortem({
        ...(JSON.parse(JSON.stringify(base)) as typeof base),
        ...(baseFields(id, options) as Partial<typeof base>),
      }),
  };
}
