import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PARSE_REPORT_VERSION } from '@hindsight/core/markdown';
import type { ParseReport } from '@hindsight/core/markdown';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROKEN_POSTMORTEM, LOOSE_POSTMORTEM } from '../test-support/documents.js';
import { fakeIo, tempDir } from '../test-support/fake-io.js';
import { runParse } from './parse.js';

describe('runParse', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    await writeFile(join(dir, 'loose.md'), LOOSE_POSTMORTEM);
    await writeFile(join(dir, 'broken.md'), BROKEN_POSTMORTEM);
  });
  afterEach(() => cleanup());

  it('summarises what was understood', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await runParse({ file: 'loose.md' }, io)).toBe('ok');
    const out = io.out();
    expect(out).toMatch(/^Payment page errors\n/);
    expect(out).toMatch(/date\s+2024-03-20/);
    expect(out).toMatch(/time zone\s+UTC/);
    expect(out).toMatch(/duration\s+1 h 30 min/);
    expect(out).toMatch(/impact started\s+2024-03-20 14:00 UTC\s+\((timeline|summary)\)/);
    expect(out).toMatch(/resolved\s+2024-03-20 15:30 UTC\s+\(timeline\)/);
    expect(out).toMatch(/line\s+5\s+summary\s+Summary/);
    expect(out).toMatch(/line\s+9\s+timeline\s+Timeline/);
    expect(out).toContain('Timeline (4 entries)');
    expect(out).toMatch(/first line\s+11\s+14:00 UTC/);
    expect(out).toMatch(/last\s+line\s+14\s+15:30 UTC\s+resolution\s+Service fully restored/);
    expect(out).toMatch(/Action items 1 {2}\(1 with an owner, 0 done\)/);
    expect(out).toMatch(/words\s+\d+/);
    expect(out).not.toContain('\u001b[');
  });

  it('lists diagnostics as FILE:LINE  severity  message  (code)', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await runParse({ file: 'broken.md' }, io)).toBe('ok');
    expect(io.out()).toMatch(
      /^broken\.md:3 {2}error {4}Front matter field "date": .+ {2}\(invalid-field\)$/m,
    );
  });

  it('fails with --strict only when there are errors', async () => {
    expect(await runParse({ file: 'broken.md', strict: true }, fakeIo({ cwd: dir }))).toBe(
      'findings',
    );
    expect(await runParse({ file: 'loose.md', strict: true }, fakeIo({ cwd: dir }))).toBe('ok');
  });

  it('prints the versioned report with --json', async () => {
    const io = fakeIo({ cwd: dir });
    await runParse({ file: 'loose.md', json: true }, io);
    const report = JSON.parse(io.out()) as ParseReport;
    expect(report.version).toBe(PARSE_REPORT_VERSION);
    expect(report.file).toBe('loose.md');
    expect(report.title).toBe('Payment page errors');
    expect(report.timeline[0]).toMatchObject({
      time: '14:00 UTC',
      clock: '14:00',
      zone: 'UTC',
      line: 11,
    });
    expect(report.actionItems[0]).toMatchObject({ owner: 'Sam', due: '2024-04-01', line: 18 });
    expect(io.out()).toContain('\n  "version": 1,');
  });

  it('reads standard input for -', async () => {
    const io = fakeIo({ cwd: dir, stdin: BROKEN_POSTMORTEM });
    await runParse({ file: '-' }, io);
    expect(io.out()).toMatch(/^<stdin>:3 {2}error/m);
    const json = fakeIo({ cwd: dir, stdin: LOOSE_POSTMORTEM });
    await runParse({ file: '-', json: true }, json);
    expect(JSON.parse(json.out())).not.toHaveProperty('file');
  });

  it('names a missing file', async () => {
    await expect(runParse({ file: 'nope.md' }, fakeIo({ cwd: dir }))).rejects.toThrow(
      'nope.md: no such file.',
    );
  });

  it('colours only when asked and NO_COLOR is unset', async () => {
    const io = fakeIo({ cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    await runParse({ file: 'broken.md' }, io);
    expect(io.out()).toContain('\u001b[31merror');
  });
});
