import { describe, expect, it } from 'vitest';
import { lintWith } from '../test-support/rule-tester.js';
import { testRule } from '../test-support/rule-tester.js';
import { blamelessLanguage } from './blameless-language.js';

const doc = (sentence: string) => `# Outage\n\n## Root Cause\n\n${sentence}\n`;

// Sentences that describe systems, processes and events, or use the keywords harmlessly.
const VALID = [
  'A configuration change caused the outage.',
  'The deploy broke production for twenty minutes.',
  'An engineer was running maintenance on the database host as the admin user.',
  'The error rate rose to 40% and 500 errors were logged.',
  'Errors persisted until the rollback.',
  'The alert fired at 14:05 and paged the on-call engineer.',
  'We ran git blame to find the commit that changed the setting.',
  'This postmortem is blameless: it looks at systems, not people.',
  'Initially the team suspected network latency, blaming the load balancer.',
  'Nginx caused the outage when it failed to reload.',
  'Traffic caused the outage.',
  'The outage was caused by a bug in the cache client.',
  'The pipeline failed to deploy the fix.',
  'It failed due to a missing index.',
  'Because the cache was cold, latency spiked.',
  'The root cause was a race in the scheduler, triggered by a retry storm.',
  'Lazy loading of the module delayed the first request.',
  'Its error handling swallowed the exception.',
  'The job forgot nothing: it simply was not scheduled.',
  'Network Blame: initially thought to be a network issue.',
  'We were lucky that the mailing list had a copy.',
  'The alert should have fired sooner; its threshold was too high.',
  'Monitoring should have caught the rising queue depth.',
  'Human error was not the cause; the form accepted an invalid value.',
  'The developer reviewed the change and merged it after tests passed.',
  'The process was fired by cron every minute.',
  'The change was introduced by the migration script.',
  'This is not about who made the mistake.',
  'A disciplined rollout with canaries would have limited the damage.',
  '`blame` and `human error` in code spans are not prose.',
  'See [the runbook](https://example.com/careless-blame-human-error) for the steps.',
  // Keywords in capitals, and "by" phrases that name no person.
  'ROOT CAUSE: THE INTERN.',
  'The root cause was a deploy by the pipeline.',
  'It broke because Nginx’s config was wrong.',
  'It was triggered when the intern ran the script.',
  'Our SRE said the page was BLAMELESS.',
  // The person named more than 160 characters after "caused" is too far to be its cause.
  `The outage was caused ${'x'.repeat(156)} by Bob.`,
];

// Sentences that put people at the centre, with the phrase that should be reported.
const INVALID: [string, string, string][] = [
  ['The root cause was human error.', 'humanError', 'human error'],
  ['Operator error took the site down.', 'humanError', 'Operator error'],
  ['A careless engineer deleted the table.', 'judgement', 'careless'],
  ['The change was negligent.', 'judgement', 'negligent'],
  ['It was an incompetent rollout.', 'judgement', 'incompetent'],
  ['The team screwed up the migration.', 'judgement', 'screwed up'],
  ['Someone dropped the ball on the renewal.', 'judgement', 'dropped the ball'],
  ['The SRE messed up the config.', 'judgement', 'SRE messed up'],
  ['He should have known the flag was live.', 'hindsight', 'should have known'],
  ["She should've known better.", 'hindsight', "should've known"],
  ['The reviewer should have noticed the typo.', 'hindsight', 'reviewer should have noticed'],
  ['We blame the intern for this.', 'blame', 'blame the intern'],
  ['The outage was blamed on Bob.', 'blame', 'blamed on Bob'],
  ['The new hire is to blame.', 'blame', 'hire is to blame'],
  ['It was the fault of the DBA.', 'blame', 'fault of the DBA'],
  ["It was Priya's fault.", 'blame', "Priya's fault"],
  ['It was his fault entirely.', 'blame', 'his fault'],
  ['The developer was at fault.', 'blame', 'developer was at fault'],
  ["The outage was Bob's mistake.", 'blame', "Bob's mistake"],
  ["It came down to the engineer's error.", 'blame', "engineer's error"],
  ['The intern broke production.', 'personCause', 'intern broke'],
  ['On Monday, Bob caused the outage.', 'personCause', 'Bob caused'],
  ['He caused the incident by pushing to main.', 'personCause', 'He caused'],
  ['The outage was caused by Bob.', 'personCause', 'by Bob'],
  ['It was caused by our SRE.', 'personCause', 'by our SRE'],
  [
    'The root cause was a config file pushed by the junior developer.',
    'personCause',
    'by the junior developer',
  ],
  ['It failed because Bob deployed on a Friday.', 'personCause', 'because Bob'],
  ['The site went down because of the intern.', 'personCause', 'because of the intern'],
  ['Checkout broke due to an engineer typing the wrong host.', 'personCause', 'due to an engineer'],
  ['This error was the direct result of the SRE being tired.', 'personCause', 'result of the SRE'],
  ['The engineer forgot to renew the certificate.', 'forgot', 'engineer forgot to'],
  ['Bob forgot to run the migration.', 'forgot', 'Bob forgot to'],
  ['I forgot to update the runbook.', 'forgot', 'I forgot to'],
  ['Why did the developer forget to check the endpoint?', 'forgot', 'developer forget to'],
  ['The admin neglected to rotate the keys.', 'forgot', 'admin neglected to'],
  ['The operator failed to notice the alert.', 'forgot', 'operator failed to'],
  ['The engineer was hungover.', 'personalState', 'hungover'],
  ['Never code while drunk.', 'personalState', 'drunk'],
  ['He has since been banished to phone support.', 'punishment', 'banished'],
  ['The engineer was fired the next day.', 'punishment', 'engineer was fired'],
  ['The developer will be disciplined.', 'punishment', 'developer will be disciplined'],
  // Capitals, non-ASCII names, and a name whose lower case is longer (İ is two characters).
  ['The outage happened BECAUSE OF THE INTERN.', 'personCause', 'BECAUSE OF THE INTERN'],
  ['Ann was FIRED.', 'punishment', 'Ann was FIRED'],
  ['On Monday, Zoë broke production.', 'personCause', 'Zoë broke'],
  ['Ölaf forgot to renew it.', 'forgot', 'Ölaf forgot to'],
  ['The deploy CAUSED BY Émile.', 'personCause', 'BY Émile'],
  ['It was İlker’s mistake.', 'blame', 'İlker’s mistake'],
  [`The outage was caused ${'x'.repeat(155)} by Bob.`, 'personCause', 'by Bob'],
];

describe('blameless-language', () => {
  it.each(VALID)('does not report: %s', (sentence) => {
    expect(lintWith(blamelessLanguage, doc(sentence), 'standard').map((m) => m.message)).toEqual(
      [],
    );
  });

  it.each(INVALID)('reports: %s', (sentence, messageId, phrase) => {
    const messages = lintWith(blamelessLanguage, doc(sentence), 'standard');
    expect(messages.map((m) => [m.messageId, m.data?.['phrase']])).toEqual([[messageId, phrase]]);
    const [m] = messages;
    expect(m?.line).toBe(5);
    expect(m?.column).toBe(sentence.indexOf(phrase) + 1);
    expect(m?.endColumn).toBe(sentence.indexOf(phrase) + phrase.length + 1);
    expect(m?.suggestion).toBeTruthy();
  });

  it('knows the people the document names, even at the start of a sentence', () => {
    const text = `---\nauthors: [Bob]\n---\n\n## Root Cause\n\nBob caused the outage.\n`;
    expect(lintWith(blamelessLanguage, text, 'standard').map((m) => m.data?.['phrase'])).toEqual([
      'Bob caused',
    ]);
  });

  it('offers a system-focused rewording for "human error"', () => {
    const [m] = lintWith(blamelessLanguage, doc('The root cause was human error.'), 'standard');
    expect(m?.suggestion).toBe('a gap in the process or tooling that allowed the mistake');
  });

  it('reads keywords at the start and end of lines, and not in code or link targets', () => {
    const text = [
      '# Outage',
      '',
      '## Root Cause',
      '',
      'Because he',
      'ran it, Bob forgot to',
      '',
      '```',
      'because he broke it',
      '```',
      '',
      'See `because he` and [the log](https://x/because-he) because',
      'She blamed',
      '',
    ].join('\n');
    expect(
      lintWith(blamelessLanguage, text, 'standard').map((m) => [m.line, m.data?.['phrase']]),
    ).toEqual([
      [5, 'Because he'],
      [6, 'Bob forgot to'],
    ]);
  });

  testRule(blamelessLanguage, {
    valid: [],
    invalid: [
      {
        name: 'several findings on one line, in order',
        text: doc('Human error: the intern broke production because he forgot to run the tests.'),
        messages: [
          { messageId: 'humanError', line: 5, column: 1 },
          { messageId: 'personCause', line: 5, column: 18, data: { phrase: 'intern broke' } },
          // Overlapping phrases are reported once, the first.
          { messageId: 'personCause', line: 5, column: 42, data: { phrase: 'because he' } },
        ],
      },
    ],
  });
});
