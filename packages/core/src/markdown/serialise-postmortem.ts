import type { Postmortem, SectionKind, TimelineEntry } from '../model/index.js';
import { classifyHeading } from './classify-heading.js';
import { ensureHosts, findHost, HOSTS } from './ensure-hosts.js';
import { serialiseFrontMatter } from './serialise-front-matter.js';
import {
  serialiseActionItem,
  serialiseEntry,
  serialiseFactor,
  serialiseWhy,
} from './serialise-lists.js';
import { timelineDateHeadings } from './timeline-date-headings.js';

/**
 * Writes a postmortem as canonical Markdown: YAML front matter, then the sections in order with
 * the structured lists (timeline, action items, whys, contributing factors) written into their
 * sections. `parsePostmortem(serialisePostmortem(m)).model` equals `m`.
 */
export function serialisePostmortem(input: Postmortem): string {
  const model = ensureHosts(input);
  const hosts = {
    timeline: findHost(model.sections, HOSTS.timeline),
    actionItems: findHost(model.sections, HOSTS.actionItems),
    whys: findHost(model.sections, HOSTS.whys),
    factors: findHost(model.sections, HOSTS.factors),
  };
  const parts: string[] = [serialiseFrontMatter(model).trimEnd()];
  const stack: { level: number; kind: SectionKind }[] = [];
  model.sections.forEach((section, index) => {
    const chunk: string[] = [];
    if (section.level > 0) {
      while (
        stack.length > 0 &&
        (stack[stack.length - 1] as { level: number }).level >= section.level
      )
        stack.pop();
      const parent = stack[stack.length - 1]?.kind;
      const pin =
        classifyHeading(section.heading, parent) === section.kind
          ? ''
          : ` <!-- kind: ${section.kind} -->`;
      chunk.push(`${'#'.repeat(section.level)} ${section.heading}${pin}`.trimEnd());
      stack.push({ level: section.level, kind: section.kind });
    }
    if (section.body) chunk.push(section.body);
    if (index === hosts.timeline && model.timeline.length > 0) {
      chunk.push(serialiseTimeline(model, section.level, section.body));
    }
    if (index === hosts.actionItems && model.actionItems.length > 0) {
      chunk.push(model.actionItems.map(serialiseActionItem).join('\n'));
    }
    if (index === hosts.factors && model.rootCause.contributingFactors.length > 0) {
      chunk.push(model.rootCause.contributingFactors.map(serialiseFactor).join('\n'));
    }
    if (index === hosts.whys && model.rootCause.whys.length > 0) {
      chunk.push(model.rootCause.whys.map(serialiseWhy).join('\n'));
    }
    parts.push(chunk.join('\n\n'));
  });
  return `${parts.join('\n\n').trimEnd()}\n`;
}

function serialiseTimeline(model: Postmortem, level: number, preamble: string): string {
  const headings = timelineDateHeadings(model, preamble);
  const out: string[] = [];
  let run: string[] = [];
  model.timeline.forEach((entry: TimelineEntry, i) => {
    const date = headings.get(i);
    if (date) {
      if (run.length > 0) out.push(run.join('\n'));
      run = [];
      out.push(`${'#'.repeat(Math.min(level + 1, 6))} ${date}`);
    }
    run.push(serialiseEntry(entry));
  });
  if (run.length > 0) out.push(run.join('\n'));
  return out.join('\n\n');
}
