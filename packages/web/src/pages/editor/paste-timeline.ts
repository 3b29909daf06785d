import type { TimelineEntry } from '@hindsight/core';
import { parsePostmortem } from '@hindsight/core/markdown';

/**
 * Turns pasted lines ("14:02 Alerts fire for checkout", "- **14:10** Rolled back") into
 * timeline rows with core's own timeline extraction, the one the Markdown import uses, so a
 * pasted chat log reads the same here as in a file. `zone` is the document's zone, if any.
 */
export function parsePastedTimeline(text: string, zone?: string): TimelineEntry[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => (/^[-*+]\s/.test(line) ? line : `- ${line}`));
  if (lines.length === 0) return [];
  const front = zone ? `---\ntitle: pasted\ntimezone: ${zone}\n---\n\n` : '# pasted\n\n';
  const { model } = parsePostmortem(`${front}## Timeline\n\n${lines.join('\n')}\n`);
  return model.timeline;
}
