import type { TimelineEntry, TimelineKind } from '../../model/index.js';
import { listOption } from '../rule-helpers.js';
import type { RuleContext, RuleModule } from '../types.js';

/** What a timeline can be asked to show, and the entry kinds that show it. */
const ASPECTS = {
  'impact-start': {
    label: 'when users started to be affected',
    kinds: ['impact-start'],
    hint: 'an entry such as "09:58 Checkout starts returning errors"',
  },
  detection: {
    label: 'when the problem was detected',
    kinds: ['detection'],
    hint: 'an entry such as "10:05 The error-rate alert fires"',
  },
  'detection-method': {
    label: 'how the problem was detected',
    kinds: ['detection'],
    hint: 'the alert, dashboard, customer report or person that noticed it, in the detection entry',
  },
  response: {
    label: 'when someone started working on it',
    kinds: ['response', 'escalation'],
    hint: 'an entry such as "10:08 On-call acknowledges the page"',
  },
  action: {
    label: 'what was investigated or done',
    // A misleading path is an investigation too: what was checked, on a wrong assumption.
    kinds: ['action', 'response', 'mitigation', 'misleading'],
    hint: 'entries for what was checked and what the team assumed',
  },
  misleading: {
    label: 'a misleading path that was followed',
    kinds: ['misleading'],
    hint: 'the lead that turned out wrong, such as "10:20 Suspected the network; it was fine"',
  },
  escalation: {
    label: 'who the incident was escalated to',
    kinds: ['escalation'],
    hint: 'an entry such as "10:35 Escalated to the database team"',
  },
  mitigation: {
    label: 'when the impact was stopped or reduced',
    kinds: ['mitigation'],
    hint: 'an entry such as "10:40 Rolled back the release"',
  },
  resolution: {
    label: 'how and when the incident was resolved',
    kinds: ['resolution'],
    hint: 'an entry such as "11:00 Service fully restored"',
  },
} as const satisfies Record<
  string,
  { label: string; kinds: readonly TimelineKind[]; hint: string }
>;
type Aspect = keyof typeof ASPECTS;
const ASPECT_NAMES = Object.keys(ASPECTS) as Aspect[];

// How an incident can come to light; a detection entry without any of this says when, not how.
const METHOD =
  /alert|alarm|monitor|pag(?:e|ed|er)|dashboard|graph|metric|log|report|complain|notic|customer|user|client|ticket|email|tweet|call|engineer|developer|student|instructor|check|probe|health|uptime|grafana|pagerduty|datadog|nagios|cloudwatch|prometheus|sentry|opsgenie|borgmon|curl|test/i;

/** The timeline shows the moments a reader needs: detection and how, actions, escalation, resolution. */
export const timelineCoverage: RuleModule = {
  meta: {
    id: 'timeline-coverage',
    description:
      'The timeline covers detection (and how), the actions taken, misleading paths, escalation and resolution, as the profile asks.',
    profiles: { holberton: 'error', standard: 'warn', sre: 'warn' },
    fixable: false,
    messages: {
      missing: 'The timeline does not show {aspect}. Add {hint}.',
    },
    options: {
      require: {
        type: 'string[]',
        default: ['detection', 'response', 'resolution'],
        enum: ASPECT_NAMES,
        description: 'The moments the timeline must show.',
      },
    },
    profileOptions: {
      holberton: {
        require: [
          'detection',
          'detection-method',
          'action',
          'misleading',
          'escalation',
          'resolution',
        ],
      },
      standard: { require: ['impact-start', 'detection', 'response', 'resolution'] },
      sre: { require: ['impact-start', 'detection', 'mitigation', 'resolution'] },
    },
    details: [
      'Each entry has a kind that the parser gives it from its wording (`classifyEntry`, with its keyword table in docs/parser.md under "Entry kinds"): "alert fired" is a detection, "escalated to" an escalation, "initially suspected" a misleading path, "rolled back" a mitigation, "fully restored" a resolution. When the wording does not say what an entry is, pin its kind at the end of the entry: `- 10:20 Asked the DBA team to look <!-- kind: escalation -->`.',
      'Aspects and the entry kinds that show them: `impact-start` (impact-start), `detection` (detection), `detection-method` (a detection entry that names an alert, dashboard, report or person; or a detection section the parser read a source from), `response` (response or escalation), `action` (action, response, mitigation or misleading), `misleading` (misleading), `escalation` (escalation), `mitigation` (mitigation), `resolution` (resolution). A document without timeline entries is left to `timeline-entry-time` and `required-sections`.',
    ].join('\n\n'),
    examples: {
      valid: [
        '# Outage\n\n## Timeline\n\n- 09:58 UTC Checkout starts returning errors.\n- 10:05 UTC The error-rate alert fires.\n- 10:08 UTC On-call acknowledges the page.\n- 11:00 UTC Service fully restored.\n',
      ],
      invalid: [
        '# Outage\n\n## Timeline\n\n- 10:05 UTC The error-rate alert fires.\n- 10:40 UTC Rolled back the release.\n',
      ],
    },
  },
  check(context) {
    const { timeline } = context.model;
    if (timeline.length === 0) return;
    const heading = context.document.sectionsOf(['timeline'])[0];
    const kinds = new Set(timeline.map((e) => e.kind));
    for (const name of listOption(context, 'require')) {
      if (!isAspect(name) || shows(context, name, kinds, timeline)) continue;
      const aspect = ASPECTS[name];
      context.report({
        messageId: 'missing',
        data: { aspect: aspect.label, hint: aspect.hint, name },
        line: heading?.line ?? context.parsed.source.timeline[0]?.line ?? 1,
        column: 1,
      });
    }
  },
};

function isAspect(name: string): name is Aspect {
  return name in ASPECTS;
}

function shows(
  context: RuleContext,
  name: Aspect,
  kinds: ReadonlySet<TimelineKind>,
  timeline: readonly TimelineEntry[],
): boolean {
  if (name === 'detection-method') {
    if (context.model.detection.source !== undefined) return true;
    return timeline.some((e) => e.kind === 'detection' && METHOD.test(e.text));
  }
  return ASPECTS[name].kinds.some((k) => kinds.has(k));
}
