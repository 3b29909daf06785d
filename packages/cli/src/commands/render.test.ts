import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePostmortem } from '@hindsight/core/markdown';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROKEN_POSTMORTEM, LOOSE_POSTMORTEM } from '../test-support/documents.js';
import { fakeIo, tempDir } from '../test-support/fake-io.js';
import { runRender } from './render.js';

describe('runRender', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    await writeFile(join(dir, 'loose.md'), LOOSE_POSTMORTEM);
  });
  afterEach(() => cleanup());

  it('prints a standalone HTML page by default', async () => {
    const io = fakeIo({ cwd: dir });
    await runRender({ file: 'loose.md' }, io);
    expect(io.out()).toMatch(/^<!doctype html>/i);
    expect(io.out()).toContain('<title>Payment page errors</title>');
    expect(io.out()).not.toMatch(/<script/i);
    expect(io.err()).toBe('');
  });

  it('prints canonical Markdown that parses back to the same title and timeline', async () => {
    const io = fakeIo({ cwd: dir });
    await runRender({ file: 'loose.md', format: 'md' }, io);
    expect(io.out()).toMatch(/^---\ntitle: Payment page errors\n/);
    const again = parsePostmortem(io.out());
    expect(again.model.title).toBe('Payment page errors');
    expect(again.model.timeline).toHaveLength(4);
  });

  it('prints the model as JSON', async () => {
    const io = fakeIo({ cwd: dir });
    await runRender({ file: 'loose.md', format: 'JSON' }, io);
    const model = JSON.parse(io.out()) as { title: string; actionItems: unknown[] };
    expect(model.title).toBe('Payment page errors');
    expect(model.actionItems).toHaveLength(1);
  });

  it('writes to -o, says so on stderr, and picks the format from the extension', async () => {
    const io = fakeIo({ cwd: dir });
    await runRender({ file: 'loose.md', output: 'out/page.json' }, io);
    expect(io.out()).toBe('');
    expect(io.err()).toBe('Wrote out/page.json\n');
    expect(JSON.parse(await readFile(join(dir, 'out', 'page.json'), 'utf8'))).toHaveProperty(
      'title',
    );
    await runRender({ file: 'loose.md', output: 'page.html' }, io);
    expect(await readFile(join(dir, 'page.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('replaces an earlier rendering', async () => {
    await writeFile(join(dir, 'page.html'), 'old');
    await runRender({ file: 'loose.md', output: 'page.html' }, fakeIo({ cwd: dir }));
    expect(await readFile(join(dir, 'page.html'), 'utf8')).not.toBe('old');
  });

  it('notes on stderr that the document has errors, and still renders it', async () => {
    const io = fakeIo({ cwd: dir, stdin: BROKEN_POSTMORTEM });
    await runRender({ file: '-' }, io);
    expect(io.err()).toBe('note: standard input has 1 error; see them with hindsight parse.\n');
    expect(io.out()).toContain('Front matter field');
  });

  it('rejects an unknown format, naming the flag', async () => {
    await expect(
      runRender({ file: 'loose.md', format: 'pdf' }, fakeIo({ cwd: dir })),
    ).rejects.toThrow('--format "pdf" is not a format; choose one of html, md, json.');
  });
});
