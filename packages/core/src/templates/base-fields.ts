import type { PostmortemInput } from '../model/index.js';
import type { TemplateOptions } from './template.js';

/** The metadata every new postmortem starts with, whichever template it comes from. */
export function baseFields(
  templateId: string,
  options: TemplateOptions,
): PostmortemInput & { title: string } {
  return {
    title: options.title,
    template: templateId,
    status: 'draft',
    ...(options.date ? { date: options.date } : {}),
    ...(options.severity ? { severity: options.severity } : {}),
    ...(options.authors ? { authors: [...options.authors] } : {}),
    ...(options.timezone ? { timezone: options.timezone } : {}),
  };
}
