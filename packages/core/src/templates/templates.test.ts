import { describe, expect, it } from 'vitest';
import { HindsightError } from '../errors.js';
import { parsePostmortem, serialisePostmortem } from '../markdown/index.js';
import { postmortemSchema } from '../model/index.js';
import { BUILT_IN_TEMPLATES, getTemplate, listTemplates, loadCustomTemplate } from './index.js';

const options = {
  title: 'Checkout outage',
  date: '2024-03-20',
  severity: 'high',
  authors: ['ann'],
  timezone: 'UTC',
} as const;

describe('built-in templates', () => {
  it('are standard, holberton, sre and minimal', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual([
      'standard',
      'holberton',
      'sre',
      'minimal',
    ]);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s builds a valid model that survives a round trip',
    (_id, template) => {
      const model = template.build({ ...options, authors: [...options.authors] });
      expect(postmortemSchema.safeParse(model).success).toBe(true);
      expect(model).toMatchObject({
        title: 'Checkout outage',
        template: template.id,
        status: 'draft',
        date: '2024-03-20',
      });
      const text = serialisePostmortem(model);
      const parsed = parsePostmortem(text);
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.model).toEqual(model);
      // Placeholders are bracketed prompts, so the linter can tell a template from a document.
      expect(text).toMatch(/\[[A-Z][^\]]+\]/);
    },
  );

  it('the graded form has the four required sections and a bulleted timeline', () => {
    const model = getTemplate('holberton').build(options);
    expect(model.sections.filter((s) => s.level === 2).map((s) => s.kind)).toEqual([
      'summary',
      'timeline',
      'root-cause-and-resolution',
      'corrective-measures',
    ]);
    expect(model.timeline.map((e) => e.kind)).toEqual([
      'detection',
      'action',
      'misleading',
      'escalation',
      'resolution',
    ]);
    expect(model.actionItems.length).toBeGreaterThan(0);
  });

  it('the standard form covers the blameless template end to end', () => {
    const kinds = new Set(
      getTemplate('standard')
        .build(options)
        .sections.map((s) => s.kind),
    );
    for (const kind of [
      'summary',
      'impact',
      'timeline',
      'root-cause',
      'five-whys',
      'detection',
      'resolution',
      'action-items',
      'lessons-learned',
      'follow-up-review',
      'communication',
      'technical-details',
    ] as const) {
      expect(kinds.has(kind), kind).toBe(true);
    }
  });
});

describe('custom templates', () => {
  const markdown =
    '---\ntitle: Team form\ntemplateName: Payments team\ntemplateDescription: Our own form\ntemplateProfile: sre\n---\n## What broke\n\n[Describe it]\n\n## Timeline\n\n- **HH:MM** [First sign of trouble]\n';

  it('load from Markdown and replace a built-in with the same id', () => {
    const custom = loadCustomTemplate('payments', markdown, 'templates/payments.md');
    expect(custom).toMatchObject({
      id: 'payments',
      name: 'Payments team',
      description: 'Our own form',
      profile: 'sre',
    });
    const model = custom.build({ title: 'Refunds stuck' });
    expect(model).toMatchObject({ title: 'Refunds stuck', template: 'payments', extra: {} });
    expect(model.timeline).toHaveLength(1);
    const standard = loadCustomTemplate('standard', markdown);
    expect(listTemplates([standard]).filter((t) => t.id === 'standard')).toEqual([standard]);
  });

  it('refuse a bad id or a broken file with a clear error', () => {
    expect(() => loadCustomTemplate('Bad Id', markdown)).toThrow(HindsightError);
    expect(() => loadCustomTemplate('broken', '---\ntitle: [x\n---\n', 'broken.md')).toThrow(
      /broken\.md\) line 2/,
    );
  });

  it('unknown ids list the known ones', () => {
    expect(() => getTemplate('nope')).toThrow(/Known templates: standard, holberton, sre, minimal/);
  });
});
