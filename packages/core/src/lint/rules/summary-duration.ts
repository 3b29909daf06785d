import type { FoundTime } from '../../time/index.js';
import { findDates, findTimezoneStatement } from '../../time/index.js';
import type { RuleModule } from '../types.js';

/** The summary says when the outage started and ended, in which zone, on which day. */
export const summaryDuration: RuleModule = {
  meta: {
    id: 'summary-duration',
    description:
      'The summary gives the start and end times of the outage, with a time zone and a date.',
    profiles: { holberton: 'error', standard: 'warn' },
    fixable: false,
    messages: {
      noTimes:
        'The summary does not say when the outage started and ended. Give both times with their zone, for example "from 14:05 to 15:50 UTC on 2024-03-20".',
      noEnd:
        'The summary gives one time ({time}) but not both ends of the outage. Add when it ended (or started), so readers can see how long it lasted.',
      noZone:
        'The times in the summary ({time}) have no time zone. Add one (UTC, PST, GMT+1…) so that readers elsewhere read them right.',
      noDate:
        'Nothing in the document says on which day the outage happened. Put the date next to the start time in the summary.',
    },
    details:
      "Looks for times in the summary section (with its sub-sections), and also accepts start and end times stated as labelled fields (`Start time:`, `End time:`) or in the front matter's `incident` block. The zone may follow a time (`14:05 UTC`) or be stated once (`all times are in CET`). The date may be anywhere the parser finds the incident's date (front matter, a `Date:` line, the title, the summary or the timeline).",
    examples: {
      valid: [
        '# Login outage\n\n## Summary\n\nFrom 10:00 to 12:00 UTC on 2024-06-07, logins failed for most users.\n',
      ],
      invalid: [
        '# Login outage\n\n## Summary\n\nLogins failed for most users for two hours.\n',
        '# Login outage\n\n## Summary\n\nOn 2024-06-07, from 10:00 to 12:00, logins failed.\n',
      ],
    },
  },
  check(context) {
    const view = context.document;
    const summaries = view.summaries();
    const first = summaries[0];
    if (!first) return;
    const times: FoundTime[] = [];
    for (const { time } of view.timesIn(summaries)) if (time.clock) times.push(time);
    const { incident } = context.model;
    const stated = [incident.impactStarted, incident.resolved].filter((t) => t !== undefined);
    const at = { line: first.line, column: 1 };
    const firstTime = times[0]?.text ?? '';
    if (times.length === 0 && stated.length < 2) {
      context.report({ messageId: 'noTimes', ...at });
    } else if (times.length < 2 && stated.length < 2) {
      context.report({ messageId: 'noEnd', data: { time: firstTime }, ...at });
    }
    const zoned =
      times.some((t) => t.zone) ||
      stated.some((t) => t.zone !== undefined || /(?:Z|[+-]\d\d:\d\d)$/.test(t.at)) ||
      findTimezoneStatement(view.textOf(summaries)) !== undefined;
    if (times.length > 0 && !zoned) {
      context.report({ messageId: 'noZone', data: { time: firstTime }, ...at });
    }
    const dated =
      context.model.date !== undefined ||
      times.some((t) => t.date) ||
      findDates(view.textOf(summaries)).some((d) => d.date?.year !== undefined);
    if (!dated) context.report({ messageId: 'noDate', ...at });
  },
};
