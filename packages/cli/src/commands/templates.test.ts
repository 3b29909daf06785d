import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CUSTOM_TEMPLATE } from '../test-support/custom-template.js';
import { fakeIo, tempDir } from '../test-support/fake-io.js';
import { runTemplates } from './templates.js';
import type { TemplateListing } from './templates.js';

describe('runTemplates', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('lists the built-in templates', async () => {
    const io = fakeIo({ cwd: dir });
    await runTemplates({}, io);
    for (const id of ['standard', 'holberton', 'sre', 'minimal'])
      expect(io.out()).toMatch(new RegExp(`^${id}\\s`, 'm'));
    expect(io.out()).toContain('(profile sre, built-in)');
  });

  it('adds custom templates with their file, as text and as JSON', async () => {
    await writeFile(join(dir, 'hindsight.config.json'), JSON.stringify({ templates: 'tpl' }));
    await mkdir(join(dir, 'tpl'));
    await writeFile(join(dir, 'tpl', 'payments.md'), CUSTOM_TEMPLATE);
    const text = fakeIo({ cwd: dir });
    await runTemplates({}, text);
    expect(text.out()).toMatch(
      /^payments\s+Payments incident {2}\(profile minimal, tpl\/payments\.md\)$/m,
    );
    expect(text.out()).toContain('Our short form for payment incidents.');

    const json = fakeIo({ cwd: dir });
    await runTemplates({ json: true }, json);
    const listing = JSON.parse(json.out()) as TemplateListing[];
    expect(listing.map((t) => t.id)).toEqual([
      'standard',
      'holberton',
      'sre',
      'minimal',
      'payments',
    ]);
    expect(listing[0]).toMatchObject({ source: 'built-in', profile: 'standard' });
    expect(listing[4]).toEqual({
      id: 'payments',
      name: 'Payments incident',
      profile: 'minimal',
      description: 'Our short form for payment incidents.',
      source: join(dir, 'tpl', 'payments.md'),
    });
  });
});
