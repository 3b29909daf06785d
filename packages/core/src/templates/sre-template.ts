import { normalisePostmortem } from '../markdown/normalise-postmortem.js';
import { buildPostmortem } from '../model/index.js';
import { baseFields } from './base-fields.js';
import type { Template } from './template.js';

/** The shape of the postmortems in Google's SRE book: short fields first, then lessons and a timeline. */
export const sreTemplate: Template = {
  id: 'sre',
  name: 'SRE book',
  description:
    'Summary, impact, root causes, trigger, resolution, detection, action items, lessons learned, timeline.',
  profile: 'sre',
  build: (options) =>
    normalisePostmortem(
      buildPostmortem({
        ...baseFields('sre', options),
        sections: [
          {
            kind: 'summary',
            heading: 'Summary',
            level: 2,
            body: '[One or two sentences: what broke, for how long, and why it mattered.]',
          },
          {
            kind: 'impact',
            heading: 'Impact',
            level: 2,
            body: '[Requests or queries lost, users and revenue affected, with numbers.]',
          },
          {
            kind: 'root-cause',
            heading: 'Root Causes',
            level: 2,
            body: '[The conditions that made the failure possible.]',
          },
          {
            kind: 'trigger',
            heading: 'Trigger',
            level: 2,
            body: '[The event or change that set the failure off.]',
          },
          {
            kind: 'resolution',
            heading: 'Resolution',
            level: 2,
            body: '[What stopped the impact, and what fixed the cause.]',
          },
          {
            kind: 'detection',
            heading: 'Detection',
            level: 2,
            body: '[Which alert or report told the team, and when.]',
          },
          { kind: 'action-items', heading: 'Action Items', level: 2, body: '' },
          { kind: 'lessons-learned', heading: 'Lessons Learned', level: 2, body: '' },
          {
            kind: 'what-went-well',
            heading: 'What went well',
            level: 3,
            body: '- [Something that limited the damage]',
          },
          {
            kind: 'what-went-wrong',
            heading: 'What went wrong',
            level: 3,
            body: '- [Something that made the incident worse or longer]',
          },
          {
            kind: 'where-we-got-lucky',
            heading: 'Where we got lucky',
            level: 3,
            body: '- [Something that helped by chance, and should not be relied on]',
          },
          {
            kind: 'timeline',
            heading: 'Timeline',
            level: 2,
            body: `All times are ${options.timezone ?? 'UTC'}.`,
          },
          {
            kind: 'appendix',
            heading: 'Supporting information',
            level: 2,
            body: '[Links to dashboards, graphs and logs.]',
          },
        ],
        timeline: [
          {
            time: 'HH:MM',
            kind: 'impact-start',
            text: '[Outage begins: what users started to see]',
          },
          {
            time: 'HH:MM',
            kind: 'detection',
            text: '[The alert fires, or the first report arrives]',
          },
          { time: 'HH:MM', kind: 'mitigation', text: '[The step that reduced the impact]' },
          { time: 'HH:MM', kind: 'resolution', text: '[Service fully restored]' },
        ],
        actionItems: [
          {
            title: '[Stop this failure from recurring]',
            type: 'prevent',
            owner: '[Name]',
            status: 'open',
          },
          {
            title: '[Detect this failure sooner]',
            type: 'detect',
            owner: '[Name]',
            status: 'open',
          },
          {
            title: '[Respond to this failure faster]',
            type: 'respond',
            owner: '[Name]',
            status: 'open',
          },
        ],
      }),
    ),
};
