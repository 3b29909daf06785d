import type { Postmortem } from '../model/index.js';
import { findLeadingTime, parseDate } from '../time/index.js';
import { ensureHosts } from './ensure-hosts.js';
import { leadingDate } from './extract-timeline.js';
import type { RawEntry } from './extract-timeline.js';
import { resolveEntries } from './resolve-entries.js';

/**
 * Brings a postmortem edited as data (in the app, or built by a template) to the form the
 * parser would read back from its file: timeline times resolved against the document's date
 * and zone (an entry's own date is kept), and a section for every structured list. After this,
 * `parsePostmortem(serialisePostmortem(m)).model` equals `m`.
 */
export function normalisePostmortem(model: Postmortem): Postmortem {
  const raw: RawEntry[] = model.timeline.map((entry, line) => {
    const found = entry.time ? findLeadingTime(`**${entry.time}**`) : undefined;
    const leadDate = entry.time && !found ? leadingDate(`**${entry.time}**`) : undefined;
    const own = entry.date ? parseDate(entry.date)?.date : undefined;
    return {
      line,
      ...(found ? { found } : {}),
      ...(leadDate ? { leadDate } : {}),
      ...(own ? { headingDate: own } : {}),
      kind: entry.kind,
      text: entry.text,
    };
  });
  const timeline = resolveEntries(raw, model, undefined, []);
  return ensureHosts({ ...model, timeline });
}
