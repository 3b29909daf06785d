import { normalisePostmortem } from '../markdown/normalise-postmortem.js';
import { buildPostmortem } from '../model/index.js';
import { baseFields } from './base-fields.js';
import type { Template } from './template.js';

/** The least a useful postmortem has: what happened, when, why, and what will change. */
export const minimalTemplate: Template = {
  id: 'minimal',
  name: 'Minimal',
  description: 'Summary, timeline, root cause and action items: for small incidents.',
  profile: 'minimal',
  build: (options) =>
    normalisePostmortem(
      buildPostmortem({
        ...baseFields('minimal', options),
        sections: [
          {
            kind: 'summary',
            heading: 'Summary',
            level: 2,
            body: '[What happened, for how long, who was affected, and how it was fixed.]',
          },
          { kind: 'timeline', heading: 'Timeline', level: 2, body: '' },
          {
            kind: 'root-cause',
            heading: 'Root Cause',
            level: 2,
            body: '[Why it happened: the system or process condition, not a person.]',
          },
          { kind: 'action-items', heading: 'Action Items', level: 2, body: '' },
        ],
        timeline: [
          { time: 'HH:MM', kind: 'detection', text: '[When and how the problem was detected]' },
          { time: 'HH:MM', kind: 'resolution', text: '[When service was fully restored]' },
        ],
        actionItems: [
          {
            title: '[What will change, so this does not happen again]',
            owner: '[Name]',
            status: 'open',
          },
        ],
      }),
    ),
};
