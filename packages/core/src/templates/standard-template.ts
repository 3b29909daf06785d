import { normalisePostmortem } from '../markdown/normalise-postmortem.js';
import { buildPostmortem } from '../model/index.js';
import type { Section } from '../model/index.js';
import { baseFields } from './base-fields.js';
import type { Template } from './template.js';

const s = (kind: Section['kind'], heading: string, level: number, body = ''): Section => ({
  kind,
  heading,
  level,
  body,
});

/** The full blameless postmortem: every section a reader, a reviewer and the follow-up review need. */
export const standardTemplate: Template = {
  id: 'standard',
  name: 'Standard blameless postmortem',
  description:
    'The complete form: impact, timeline, root-cause analysis with five whys, response, actions, lessons and follow-up.',
  profile: 'standard',
  build: (options) =>
    normalisePostmortem(
      buildPostmortem({
        ...baseFields('standard', options),
        sections: [
          s(
            'summary',
            'Summary',
            2,
            '[Two or three sentences: what happened, what it cost users, and how it ended.]',
          ),
          s(
            'introduction',
            'Introduction',
            2,
            '[Why this incident is worth writing down, and who should read this.]',
          ),
          s('impact', 'Impact', 2),
          s(
            'impact',
            'Customer Impact',
            3,
            '- [Number] customers affected\n- [Number] failed requests\n- [Revenue or business effect, if any]',
          ),
          s(
            'impact',
            'Service Impact',
            3,
            '- **Services affected:** [service names]\n- **Window:** [start] to [end], [duration]\n- **Degradation:** [complete outage / partial outage / slow]',
          ),
          s(
            'impact',
            'Internal Impact',
            3,
            '- [Engineers paged]\n- [Engineering hours spent]\n- [Support tickets raised]',
          ),
          s(
            'timeline',
            'Timeline',
            2,
            `All times are ${options.timezone ?? 'UTC'}.\n\n[One entry per event; say how each thing was noticed.]`,
          ),
          s('root-cause', 'Root Cause Analysis', 2),
          s('what-happened', 'What Happened', 3, '[The sequence of failures, in plain words.]'),
          s('immediate-cause', 'Immediate Cause', 3, '[The direct technical cause.]'),
          s('contributing-factors', 'Contributing Factors', 3),
          s(
            'root-cause',
            'Root Cause',
            3,
            '[The system or process gap underneath: keep asking why until you reach it.]',
          ),
          s('five-whys', 'Five Whys', 3),
          s('detection', 'Detection and Response', 2),
          s(
            'detection',
            'How the Issue Was Detected',
            3,
            '[The alert, dashboard or report that told us, and how long after the start.]',
          ),
          s('what-went-well', 'What Went Well', 3, '- [Something in the response that worked]'),
          s('what-went-wrong', "What Didn't Go Well", 3, '- [Something that slowed the response]'),
          s('resolution', 'Resolution', 2),
          s('short-term-fix', 'Short-term Fix', 3, '[What restored service.]'),
          s(
            'temporary-fixes',
            'Temporary Fixes',
            3,
            '[Workarounds still in place, and when they will be removed.]',
          ),
          s('verification', 'Verification', 3, '[How we know service is healthy again.]'),
          s(
            'corrective-measures',
            'Corrective and Preventative Measures',
            2,
            '[The improvements, broadly: what will make this failure impossible, or caught sooner.]',
          ),
          s(
            'action-items',
            'Action Items',
            2,
            'Each item needs an owner and a due date (Due: YYYY-MM-DD).',
          ),
          s('lessons-learned', 'Lessons Learned', 2, '1. [A lesson]\n2. [Another lesson]'),
          s(
            'key-takeaways',
            'Key Takeaways',
            2,
            '[What everyone should remember from this incident.]',
          ),
          s('technical-details', 'Technical Details', 2),
          s('diagrams', 'Architecture Diagram', 3, '[A diagram of the components involved.]'),
          s(
            'logs-evidence',
            'Logs and Evidence',
            3,
            '[Links to logs, dashboards and screenshots.]',
          ),
          s(
            'configuration-changes',
            'Configuration Changes',
            3,
            '[Changes made during or after the incident.]',
          ),
          s('communication', 'Communication', 2),
          s(
            'internal-communication',
            'Internal Communication',
            3,
            '- **Channel:** [#incident-channel]\n- **Stakeholders told:** [who]',
          ),
          s(
            'external-communication',
            'External Communication',
            3,
            '- **Status page:** [yes or no, link]\n- **Customer email:** [yes or no]',
          ),
          s(
            'follow-up-review',
            'Follow-up Review',
            2,
            '[Held within 30 days: are the actions done, and did they work?]',
          ),
          s(
            'conclusion',
            'Conclusion',
            2,
            '[The incident and its resolution in a few lines, and what changes now.]',
          ),
          s(
            'related-incidents',
            'Related Incidents',
            2,
            '- [Link to an earlier, similar incident]',
          ),
          s('references', 'References', 2, '- [Runbooks, design documents, tickets]'),
        ],
        timeline: [
          {
            time: 'HH:MM',
            kind: 'impact-start',
            text: '[Impact starts: what users began to experience]',
          },
          {
            time: 'HH:MM',
            kind: 'detection',
            text: '[Detected: the alert or report, and who received it]',
          },
          { time: 'HH:MM', kind: 'response', text: '[Acknowledged: on-call starts investigating]' },
          { time: 'HH:MM', kind: 'escalation', text: '[Escalated to: team or role, and why]' },
          {
            time: 'HH:MM',
            kind: 'mitigation',
            text: '[Mitigated: the step that stopped the impact]',
          },
          {
            time: 'HH:MM',
            kind: 'resolution',
            text: '[Resolved: service fully restored and confirmed stable]',
          },
        ],
        rootCause: {
          contributingFactors: [{ text: '[A condition that made the incident possible or worse]' }],
          whys: [
            { question: 'Why did [the service] fail?', answer: '[Because…]' },
            { question: 'Why did that happen?', answer: '[Because…]' },
            { question: 'Why was that possible?', answer: '[Because…]' },
            { question: 'Why was it not caught earlier?', answer: '[Because…]' },
            { question: 'Why does that gap exist?', answer: '[The root cause]' },
          ],
        },
        actionItems: [
          {
            title: '[Prevent recurrence: a specific change]',
            type: 'prevent',
            owner: '[Name]',
            priority: 'high',
            status: 'open',
          },
          {
            title: '[Detect sooner: an alert or check]',
            type: 'detect',
            owner: '[Name]',
            status: 'open',
          },
          {
            title: '[Respond faster: tooling or runbook]',
            type: 'respond',
            owner: '[Name]',
            status: 'open',
          },
          {
            title: '[Update the runbook with what was learned]',
            type: 'document',
            owner: '[Name]',
            status: 'open',
          },
        ],
        followUp: { attendees: [] },
      }),
    ),
};
