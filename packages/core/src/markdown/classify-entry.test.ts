import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpus } from '../test-support/corpus.js';
import { ENTRY_RULES, LEADING_LABELS, classifyEntry } from './classify-entry.js';
import { parsePostmortem } from './parse-postmortem.js';

describe('classifyEntry', () => {
  it.each([
    ['Outage begins.', 'impact-start'],
    ['Monitoring alert fired for high error rates', 'detection'],
    ['A customer reported failed payments', 'detection'],
    ['On-call engineer acknowledged the page', 'response'],
    ['On-call engineer began investigating', 'response'],
    ['Escalated to the database team', 'escalation'],
    ['Initially suspected a DDoS attack and restarted the proxy', 'misleading'],
    ['Restarted the service without success', 'misleading'],
    ['Rolled back the deploy', 'mitigation'],
    ['Posted an update on the status page', 'communication'],
    ['Service fully restored', 'resolution'],
    ['**INCIDENT ENDS**, exit criterion reached', 'resolution'],
    ['Checked the nginx configuration', 'action'],
    ['Coffee', 'other'],
    // A leading label names the kind, whatever keywords follow it.
    ['Detected: a synthetic probe paged the on-call engineer.', 'detection'],
    ['Detection (customer report): support escalated a cluster of tickets', 'detection'],
    ['Impact begins: HTTP 502 responses after a traffic spike.', 'impact-start'],
    ['Mitigation: the team disabled retries, then checked the dashboards', 'mitigation'],
    // Back under an alert's threshold is recovery, not detection.
    ['Error rate back under the alert threshold; watching for recurrence.', 'other'],
  ])('%s → %s', (text, kind) => {
    expect(classifyEntry(text)).toBe(kind);
  });
});

describe('the combined scan', () => {
  const sequential = (text: string) => {
    const lower = text.toLowerCase();
    const labelled = LEADING_LABELS.find(([, pattern]) => pattern.test(lower));
    if (labelled) return labelled[0];
    return ENTRY_RULES.find(([, pattern]) => pattern.test(lower))?.[0] ?? 'other';
  };

  it('writes every alternative of every rule from a word boundary', () => {
    for (const [, pattern] of ENTRY_RULES) {
      const alternatives = pattern.source.split('|').filter((a) => !/^[^(]*\)/.test(a));
      expect(alternatives[0]?.startsWith('\\b')).toBe(true);
    }
  });

  it('classifies exactly as trying the rules one by one', () => {
    const texts = (hasCorpus() ? readCorpus() : []).flatMap((d) =>
      parsePostmortem(d.text).model.timeline.map((e) => e.text),
    );
    texts.push(
      'restarted the proxy without success',
      'paged the team after the alert',
      'unpaged',
      'xdetected',
    );
    for (const text of texts) expect(classifyEntry(text), text).toBe(sequential(text));
  });
});
