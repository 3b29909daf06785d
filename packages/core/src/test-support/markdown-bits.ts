import type { Scenario } from './postmortem-scenario.js';
import { isoDate } from './clock-format.js';

type HeadingStyle = 'atx' | 'atx-closed' | 'setext' | 'bold';

/** A heading in one of the styles real documents use; setext only exists for levels 1 and 2. */
export function heading(text: string, level: number, style: HeadingStyle): string {
  if (style === 'setext' && level <= 2) {
    return `${text}\n${(level === 1 ? '=' : '-').repeat(Math.max(3, text.length))}`;
  }
  if (style === 'bold' && level > 1) return level === 2 ? `**${text}**` : `**${text}:**`;
  const hashes = '#'.repeat(level);
  return style === 'atx-closed' ? `${hashes} ${text} ${hashes}` : `${hashes} ${text}`;
}

/** A pipe table with a header row; cells are not escaped because generated text has no pipes. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** YAML or TOML front matter with the fields people most often put there. */
export function frontMatter(s: Scenario): string | undefined {
  const date = isoDate(s.date);
  const service = s.service;
  if (s.style.frontMatter === 'yaml') {
    return [
      '---',
      `title: "${s.title}"`,
      `date: ${date}`,
      `severity: ${s.severity}`,
      `status: ${s.status}`,
      'authors:',
      ...s.authors.map((a) => `  - ${a}`),
      `services: [${service}]`,
      `tags: [${s.team}, outage]`,
      '---',
    ].join('\n');
  }
  if (s.style.frontMatter === 'toml') {
    return [
      '+++',
      `title = "${s.title}"`,
      `date = ${date}`,
      `severity = "${s.severity}"`,
      `authors = [${s.authors.map((a) => `"${a}"`).join(', ')}]`,
      `services = ["${service}"]`,
      '+++',
    ].join('\n');
  }
  return undefined;
}
