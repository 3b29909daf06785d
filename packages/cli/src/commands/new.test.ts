import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePostmortem } from '@hindsight/core/markdown';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../cli-error.js';
import { CUSTOM_TEMPLATE } from '../test-support/custom-template.js';
import { fakeIo, tempDir } from '../test-support/fake-io.js';
import { runNew } from './new.js';

describe('runNew', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  async function failure(promise: Promise<unknown>): Promise<CliError> {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    return error as CliError;
  }

  it('writes <date>-<slug>.md from the standard template and says what to do next', async () => {
    const io = fakeIo({ cwd: dir });
    const outcome = await runNew({ title: 'Login errors after deploy', date: '2024-03-20' }, io);
    expect(outcome).toBe('ok');
    const file = '2024-03-20-login-errors-after-deploy.md';
    expect(await readdir(dir)).toEqual([file]);
    expect(io.out()).toContain(`Created ${file} from the standard template.`);
    expect(io.out()).toContain(`hindsight parse ${file}`);
    const parsed = parsePostmortem(await readFile(join(dir, file), 'utf8'));
    expect(parsed.model.title).toBe('Login errors after deploy');
    expect(parsed.model.template).toBe('standard');
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('fills the metadata from the flags, with the zone as Hindsight names it', async () => {
    const io = fakeIo({ cwd: dir });
    await runNew(
      {
        template: 'holberton',
        title: 'Web tier outage',
        date: '2024-06-20',
        severity: 'Critical',
        authors: ['Ada Lovelace', ' Alan Turing '],
        timezone: 'GMT+1',
        output: 'pm.md',
      },
      io,
    );
    const { model } = parsePostmortem(await readFile(join(dir, 'pm.md'), 'utf8'));
    expect(model).toMatchObject({
      template: 'holberton',
      date: '2024-06-20',
      severity: 'critical',
      authors: ['Ada Lovelace', 'Alan Turing'],
      timezone: 'UTC+01:00',
    });
  });

  it('uses today when no date is given', async () => {
    const io = fakeIo({ cwd: dir, now: new Date(2025, 0, 9, 8) });
    await runNew({ title: 'Queue backlog' }, io);
    expect(await readdir(dir)).toEqual(['2025-01-09-queue-backlog.md']);
  });

  it('writes into postmortems/ when that folder exists, and into a folder given as --output', async () => {
    await mkdir(join(dir, 'postmortems'));
    await runNew({ title: 'A', date: '2024-01-01' }, fakeIo({ cwd: dir }));
    expect(await readdir(join(dir, 'postmortems'))).toEqual(['2024-01-01-a.md']);
    await runNew(
      { title: 'B', date: '2024-01-01', output: 'elsewhere/deeper/' },
      fakeIo({ cwd: dir }),
    );
    expect(await readdir(join(dir, 'elsewhere', 'deeper'))).toEqual(['2024-01-01-b.md']);
  });

  it('refuses to overwrite without --force', async () => {
    await writeFile(join(dir, 'pm.md'), 'mine');
    const error = await failure(runNew({ title: 'X', output: 'pm.md' }, fakeIo({ cwd: dir })));
    expect(error.message).toBe(
      'pm.md already exists; use --force to replace it, or choose another path with --output.',
    );
    expect(await readFile(join(dir, 'pm.md'), 'utf8')).toBe('mine');
    await runNew({ title: 'X', output: 'pm.md', force: true }, fakeIo({ cwd: dir }));
    expect(await readFile(join(dir, 'pm.md'), 'utf8')).toContain('title: X');
  });

  it('prints the document with --output - and writes no file', async () => {
    const io = fakeIo({ cwd: dir });
    await runNew({ title: 'To stdout', template: 'minimal', output: '-' }, io);
    expect(io.out()).toMatch(/^---\ntitle: To stdout\n/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports what it wrote as JSON with --json', async () => {
    const io = fakeIo({ cwd: dir });
    await runNew(
      { title: 'Json', date: '2024-05-01', template: 'sre', timezone: 'UTC', json: true },
      io,
    );
    expect(JSON.parse(io.out())).toEqual({
      file: join(dir, '2024-05-01-json.md'),
      template: 'sre',
      title: 'Json',
      date: '2024-05-01',
      timezone: 'UTC',
    });
  });

  it.each([
    [
      { title: 'X', date: '2023-02-30' },
      '--date 2023-02-30 is not a real calendar date (February 2023 has 28 days).',
    ],
    [
      { title: 'X', severity: 'sev9' },
      '--severity "sev9" is not a severity; choose one of critical, high, medium, low.',
    ],
    [{ title: 'X', timezone: 'Nowhere/Land' }, '--timezone "Nowhere/Land" is not a time zone'],
    [
      { title: 'X', template: 'fancy' },
      '--template "fancy" is not a known template; choose one of standard, holberton, sre, minimal',
    ],
    [{ title: '   ' }, '--title is empty'],
    [{ title: 'X', authors: [''] }, '--author is empty'],
    [
      { title: 'X', output: '-', json: true },
      '--json and --output - both write to standard output',
    ],
  ])('rejects %j with a message naming the flag', async (options, message) => {
    const error = await failure(runNew(options, fakeIo({ cwd: dir })));
    expect(error.message).toContain(message);
    expect(await readdir(dir)).toEqual([]);
  });

  it('requires a title when nobody is at a terminal', async () => {
    const error = await failure(runNew({}, fakeIo({ cwd: dir })));
    expect(error.code).toBe('usage');
    expect(error.message).toContain('--title');
  });

  it('asks for what is missing in a terminal, repeating a question after a bad answer', async () => {
    const io = fakeIo({
      cwd: dir,
      tty: true,
      stdin: [
        '3',
        '',
        'Cache stampede',
        '2023-02-30',
        '2024-02-29',
        'urgent',
        'high',
        'Mars',
        'Europe/Berlin',
        '',
      ].join('\n'),
    });
    expect(await runNew({}, io)).toBe('ok');
    const out = io.out();
    expect(out).toContain(' 1. standard');
    expect(out).toContain(' 4. minimal');
    expect(out).toContain('A title is needed');
    expect(out).toContain('The date 2023-02-30 is not a real calendar date');
    expect(out).toContain('The severity "urgent" is not a severity');
    expect(out).toContain('The zone "Mars" is not a time zone');
    const { model } = parsePostmortem(
      await readFile(join(dir, '2024-02-29-cache-stampede.md'), 'utf8'),
    );
    expect(model).toMatchObject({
      template: 'sre',
      severity: 'high',
      timezone: 'Europe/Berlin',
      date: '2024-02-29',
    });
  });

  it('offers defaults for the date and the zone', async () => {
    const io = fakeIo({
      cwd: dir,
      tty: true,
      stdin: 'holberton\nDisk full\n\n\n\n',
      now: new Date(2024, 6, 4, 12),
    });
    await runNew({}, io);
    const { model } = parsePostmortem(await readFile(join(dir, '2024-07-04-disk-full.md'), 'utf8'));
    expect(model).toMatchObject({ template: 'holberton', date: '2024-07-04', timezone: 'UTC' });
    expect(model.severity).toBeUndefined();
  });

  it('only asks for what the flags left out', async () => {
    const io = fakeIo({ cwd: dir, tty: true, stdin: 'Given later\n' });
    await runNew({ template: 'minimal', date: '2024-01-02', severity: 'low', timezone: 'UTC' }, io);
    expect(io.out()).not.toContain('Templates:');
    expect(await readdir(dir)).toEqual(['2024-01-02-given-later.md']);
  });

  it('stops without writing when input ends before the answers', async () => {
    const error = await failure(runNew({}, fakeIo({ cwd: dir, tty: true, stdin: '1\n' })));
    expect(error.message).toContain('nothing was written');
    expect(await readdir(dir)).toEqual([]);
  });

  it('starts from a custom template of the configured folder', async () => {
    await writeFile(join(dir, 'hindsight.config.json'), JSON.stringify({ templates: 'templates' }));
    await mkdir(join(dir, 'templates'));
    await writeFile(join(dir, 'templates', 'payments.md'), CUSTOM_TEMPLATE);
    await mkdir(join(dir, 'postmortems'));
    await runNew(
      { template: 'payments', title: 'Card declines', date: '2024-08-01' },
      fakeIo({ cwd: dir }),
    );
    const { model } = parsePostmortem(
      await readFile(join(dir, 'postmortems', '2024-08-01-card-declines.md'), 'utf8'),
    );
    expect(model.template).toBe('payments');
    expect(model.services).toEqual(['payments']);
    expect(model.sections.map((s) => s.kind)).toEqual([
      'summary',
      'timeline',
      'root-cause',
      'action-items',
    ]);
  });
});
