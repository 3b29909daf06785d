// Templates are few and messages many: each template is split into its parts once.
const compiled = new Map<string, readonly string[]>();

/**
 * Fills `{name}` placeholders of a message template; unknown names are left as written.
 *
 * @example formatMessage('{count} words', { count: 3 }) // '3 words'
 */
export function formatMessage(template: string, data?: Record<string, string | number>): string {
  if (!data) return template;
  let parts = compiled.get(template);
  if (!parts) {
    // Odd indices are placeholder names.
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 0) out += part;
    else out += Object.hasOwn(data, part) ? String(data[part]) : `{${part}}`;
  }
  return out;
}
