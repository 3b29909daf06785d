import { normalisePostmortem } from '../markdown/normalise-postmortem.js';
import { buildPostmortem } from '../model/index.js';
import { baseFields } from './base-fields.js';
import type { Template } from './template.js';

/**
 * The graded short form: an executive summary, a bulleted timeline, root cause and resolution,
 * and corrective measures with a task list, in 400 to 600 words.
 */
export const holbertonTemplate: Template = {
  id: 'holberton',
  name: 'Graded short form',
  description:
    'Issue summary, timeline, root cause and resolution, corrective measures; 400 to 600 words.',
  profile: 'holberton',
  build: (options) =>
    normalisePostmortem(
      buildPostmortem({
        ...baseFields('holberton', options),
        sections: [
          {
            kind: 'summary',
            heading: 'Issue Summary',
            level: 2,
            body: [
              '[Written for readers who will read nothing else. Three short statements:]',
              '',
              '- **Duration:** [from HH:MM to HH:MM on YYYY-MM-DD, with the time zone, e.g. 14:05 to 15:50 UTC]',
              '- **Impact:** [which service was down or slow, what users saw, and what percentage of users were affected]',
              '- **Root cause:** [the underlying cause in one sentence]',
            ].join('\n'),
          },
          {
            kind: 'timeline',
            heading: 'Timeline',
            level: 2,
            body: `[One bullet per event, each starting with its time, then one or two sentences.]\n\nAll times are ${options.timezone ?? 'UTC'}.`,
          },
          {
            kind: 'root-cause-and-resolution',
            heading: 'Root Cause and Resolution',
            level: 2,
            body: '',
          },
          {
            kind: 'root-cause',
            heading: 'Root Cause',
            level: 3,
            body: '[Explain in detail what caused the outage: the chain from the triggering change or event to what users saw.]',
          },
          {
            kind: 'resolution',
            heading: 'Resolution',
            level: 3,
            body: '[Explain in detail how service was restored and how the fix was confirmed.]',
          },
          {
            kind: 'corrective-measures',
            heading: 'Corrective and Preventative Measures',
            level: 2,
            body: '',
          },
          {
            kind: 'improvements',
            heading: 'Improvements',
            level: 3,
            body: '[What, broadly, should be improved or fixed so this cannot happen again, or is caught sooner.]',
          },
          { kind: 'action-items', heading: 'Tasks', level: 3, body: '' },
        ],
        timeline: [
          {
            time: 'HH:MM',
            kind: 'detection',
            text: '[When the issue was detected, and how: a monitoring alert, an engineer, a customer report]',
          },
          {
            time: 'HH:MM',
            kind: 'action',
            text: '[What was investigated first, and what the team assumed the cause was]',
          },
          {
            time: 'HH:MM',
            kind: 'misleading',
            text: '[A debugging path that turned out to be misleading, and why it seemed plausible]',
          },
          {
            time: 'HH:MM',
            kind: 'escalation',
            text: '[Who the incident was escalated to: team or role]',
          },
          { time: 'HH:MM', kind: 'resolution', text: '[How the incident was resolved]' },
        ],
        actionItems: [
          {
            title: '[A concrete task, e.g. patch the web server configuration]',
            owner: '[Name]',
            type: 'prevent',
            status: 'open',
          },
          {
            title: '[A concrete task, e.g. add monitoring on server memory]',
            owner: '[Name]',
            type: 'detect',
            status: 'open',
          },
        ],
      }),
    ),
};
