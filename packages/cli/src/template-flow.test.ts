import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParseReport } from '@hindsight/core/markdown';
import { BUILT_IN_TEMPLATES } from '@hindsight/core/templates';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runNew } from './commands/new.js';
import { runParse } from './commands/parse.js';
import { runRender } from './commands/render.js';
import { fakeIo, tempDir } from './test-support/fake-io.js';

describe.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
  'new → parse → render with the %s template',
  (id, template) => {
    let dir: string;
    let cleanup: () => Promise<void>;
    beforeEach(async () => ({ dir, cleanup } = await tempDir()));
    afterEach(() => cleanup());

    it('keeps the title, the section kinds and the metadata, with no errors', async () => {
      const title = `Checkout & "payments" <down> (${id})`;
      expect(
        await runNew(
          {
            template: id,
            title,
            date: '2024-05-06',
            severity: 'medium',
            timezone: 'Europe/Paris',
            authors: ['Kim'],
          },
          fakeIo({ cwd: dir }),
        ),
      ).toBe('ok');
      const [file] = await readdir(dir);
      expect(file).toBe(`2024-05-06-checkout-payments-down-${id}.md`);
      const name = file ?? '';

      const parsed = fakeIo({ cwd: dir });
      expect(await runParse({ file: name, json: true, strict: true }, parsed)).toBe('ok');
      const report = JSON.parse(parsed.out()) as ParseReport;
      expect(report.title).toBe(title);
      expect(report.date).toBe('2024-05-06');
      expect(report.zone).toBe('Europe/Paris');
      expect(report.model).toMatchObject({
        template: id,
        severity: 'medium',
        authors: ['Kim'],
        status: 'draft',
      });
      expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const expected = template.build({ title }).sections.map((s) => s.kind);
      expect(report.sections.map((s) => s.kind)).toEqual(expected);

      const rendered = fakeIo({ cwd: dir });
      await runRender({ file: name, output: 'page.html' }, rendered);
      const html = await readFile(join(dir, 'page.html'), 'utf8');
      expect(html).toContain(
        `<title>Checkout &amp; &quot;payments&quot; &lt;down&gt; (${id})</title>`,
      );
      expect(html).not.toMatch(/<script/i);
    });
  },
);
