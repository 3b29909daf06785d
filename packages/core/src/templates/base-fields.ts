import type { PostmortemInput } from '../model/index.js';
import type { TemplateOptions } from './template.js';

/** The metadata every built-in template starts with. */
export function baseFields(templateId: string, options: TemplateOptions): PostmortemInput {
  return {
    title: options.title,
    template: templateId,
    status: 'draft',
    ...(options.date ? { date: options.date } : {}),
    ...(options.severity ? { severity: options.severity } : {}),
    ...(options.authors ? { authors: options.authors } : {}),
    ...(options.timezone ? { timezone: options.timezone } : {}),
  };
}
