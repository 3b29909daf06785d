import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RULES } from '@hindsight/core/lint';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../cli-error.js';
import { checkSarif } from '../lint/test-support/check-sarif.js';
import { unifiedDiff } from '../lint/unified-diff.js';
import { LOOSE_POSTMORTEM } from '../test-support/documents.js';
import { fakeIo, tempDir } from '../test-support/fake-io.js';
import { runLint } from './lint.js';
import type { LintOptions } from './lint.js';

/** Every rule off except those named: findings that do not move as the rules evolve. */
function only(...settings: string[]): string[] {
  const named = new Set(settings.map((s) => s.split(':')[0]));
  return [
    ...RULES.map((r) => r.meta.id)
      .filter((id) => !named.has(id))
      .map((id) => `${id}:off`),
    ...settings,
  ];
}

interface JsonReport {
  totals: { files: number; errorCount: number; warningCount: number };
  files: {
    path: string;
    profile: string;
    messages: { ruleId: string; severity: string; message: string }[];
  }[];
}

describe('runLint', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    await mkdir(join(dir, 'pm', '2024'), { recursive: true });
    await mkdir(join(dir, 'pm', 'node_modules'), { recursive: true });
    await mkdir(join(dir, 'pm', '.drafts'), { recursive: true });
    await writeFile(join(dir, 'pm', 'loose.md'), LOOSE_POSTMORTEM);
    await writeFile(join(dir, 'pm', '2024', 'copy.md'), LOOSE_POSTMORTEM);
    await writeFile(join(dir, 'pm', 'node_modules', 'readme.md'), '# not ours\n');
    await writeFile(join(dir, 'pm', '.drafts', 'draft.md'), '# not yet\n');
  });
  afterEach(() => cleanup());

  async function lint(options: Partial<LintOptions>, env: Record<string, string | undefined> = {}) {
    const io = fakeIo({ cwd: dir, env });
    const outcome = await runLint({ paths: ['pm'], ...options }, io);
    return { outcome, out: io.out(), err: io.err() };
  }

  async function lintJson(options: Partial<LintOptions>): Promise<JsonReport> {
    return JSON.parse((await lint({ ...options, format: 'json' })).out) as JsonReport;
  }

  it('lints every Markdown file of a folder and reports what is missing', async () => {
    const { outcome, out, err } = await lint({
      profile: 'minimal',
      rules: only('required-sections:error'),
    });
    expect(outcome).toBe('findings');
    expect(out).toMatch(/^pm\/2024\/copy\.md {2}score \d+\/100$/m);
    expect(out).toMatch(
      /^ {2}1:1 {2}error {2}The document has no Root Cause section\..* {2}required-sections$/m,
    );
    expect(out).toContain('✖ 2 problems (2 errors, 0 warnings) in 2 of 2 files.');
    expect(out).toContain('2 errors and 0 warnings can be fixed with --fix.');
    expect(out).not.toContain('node_modules');
    expect(out).not.toContain('draft');
    expect(err).toBe('');
  });

  it('succeeds when nothing is wrong', async () => {
    const { outcome, out } = await lint({ rules: only() });
    expect(outcome).toBe('ok');
    expect(out).toBe('✔ 2 files checked, no problems. Mean score 100/100.\n');
  });

  it('fails on warnings only over --max-warnings', async () => {
    const options = { profile: 'minimal', rules: only('required-sections:warn') };
    expect((await lint(options)).outcome).toBe('ok');
    expect((await lint({ ...options, maxWarnings: '2' })).outcome).toBe('ok');
    const over = await lint({ ...options, maxWarnings: '1' });
    expect(over.outcome).toBe('findings');
    expect(over.err).toBe('error: 2 warnings, more than --max-warnings 1 allows.\n');
    await expect(lint({ maxWarnings: 'many' })).rejects.toThrow(
      '--max-warnings "many" must be a whole number, 0 or more.',
    );
  });

  it('reports errors only with --quiet, still counting the warnings', async () => {
    const rules = only('required-sections:warn', 'no-placeholder:error');
    await writeFile(join(dir, 'pm', 'loose.md'), `${LOOSE_POSTMORTEM}\n## Lessons\n\n[TBD]\n`);
    const loud = await lintJson({ profile: 'minimal', rules });
    expect(loud.totals.warningCount).toBe(2);
    expect(loud.totals.errorCount).toBeGreaterThan(0);
    const quiet = await lintJson({ profile: 'minimal', rules, quiet: true });
    expect(quiet.totals.warningCount).toBe(0);
    expect(quiet.files.flatMap((f) => f.messages).every((m) => m.severity === 'error')).toBe(true);
    expect(
      (
        await lint({
          profile: 'minimal',
          rules: only('required-sections:warn'),
          quiet: true,
          maxWarnings: '0',
        })
      ).outcome,
    ).toBe('findings');
  });

  it('reads the profile and rules from hindsight.config.json, under the flags', async () => {
    await writeFile(
      join(dir, 'hindsight.config.json'),
      JSON.stringify({ profile: 'minimal', rules: { 'required-sections': 'off' } }),
    );
    const fromFile = await lintJson({});
    expect(fromFile.files.map((f) => f.profile)).toEqual(['minimal', 'minimal']);
    expect(fromFile.files.flatMap((f) => f.messages).map((m) => m.ruleId)).not.toContain(
      'required-sections',
    );
    const flagged = await lintJson({ profile: 'holberton', rules: ['required-sections:error'] });
    expect(flagged.files[0]?.profile).toBe('holberton');
    expect(flagged.files.flatMap((f) => f.messages).map((m) => m.ruleId)).toContain(
      'required-sections',
    );
  });

  it('names the file and key of a bad configuration', async () => {
    await writeFile(
      join(dir, 'hindsight.config.json'),
      JSON.stringify({ rules: { 'no-such-rule': 'warn' } }),
    );
    await expect(lint({})).rejects.toThrow(
      /hindsight\.config\.json: "rules" names an unknown rule, no-such-rule\./,
    );
    await writeFile(
      join(dir, 'hindsight.config.json'),
      JSON.stringify({ rules: { 'word-count': ['warn', { most: 3 }] } }),
    );
    await expect(lint({})).rejects.toThrow(
      /Rule "word-count" has no option "most".*\(from hindsight\.config\.json\)$/,
    );
  });

  it('rejects unknown flags values', async () => {
    await expect(lint({ format: 'xml' })).rejects.toThrow(
      '--format "xml" is not a format; choose one of stylish, json, sarif, github.',
    );
    await expect(lint({ rules: ['required-sections'] })).rejects.toThrow(
      'must be written as id:level',
    );
    await expect(lint({ fix: true, fixDryRun: true })).rejects.toThrow('give one');
    await expect(lint({ fixDryRun: true, format: 'sarif' })).rejects.toThrow(
      '--fix-dry-run prints a diff on standard output; write the sarif report to a file with -o.',
    );
  });

  it('prints JSON, SARIF and GitHub annotations for machines', async () => {
    const options = { profile: 'minimal', rules: only('required-sections:error') };
    const json = await lintJson(options);
    expect(json.files.map((f) => f.path)).toEqual(['pm/2024/copy.md', 'pm/loose.md']);
    const sarif = await lint({ ...options, format: 'sarif' });
    const log = JSON.parse(sarif.out) as {
      runs: { tool: { driver: { rules: unknown[] } }; results: unknown[] }[];
    };
    expect(checkSarif(log)).toEqual([]);
    expect(log.runs[0]?.tool.driver.rules).toHaveLength(RULES.length);
    expect(log.runs[0]?.results).toHaveLength(2);
    const github = await lint({ ...options, format: 'github' });
    expect(github.out.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(
        /^::error file=pm\/2024\/copy\.md,line=1,col=1,.*title=required-sections::The document has no Root Cause section\./,
      ),
      expect.stringMatching(/^::error file=pm\/loose\.md,/),
    ]);
  });

  it('writes the report to a file without colour', async () => {
    const { out } = await lint(
      { profile: 'minimal', rules: only('required-sections:error'), output: 'reports/lint.txt' },
      { NO_COLOR: undefined, FORCE_COLOR: '1' },
    );
    expect(out).toBe('');
    const report = await readFile(join(dir, 'reports', 'lint.txt'), 'utf8');
    expect(report).toContain('required-sections');
    expect(report).not.toContain('\u001b[');
  });

  it('fixes files with --fix, and reports what is left', async () => {
    const path = join(dir, 'pm', 'loose.md');
    const { outcome, out } = await lint({
      profile: 'minimal',
      rules: only('required-sections:error'),
      paths: ['pm/loose.md'],
    });
    expect(outcome).toBe('findings');
    expect(out).toContain('required-sections');
    const fixed = await lint({
      profile: 'minimal',
      rules: only('required-sections:error'),
      paths: ['pm/loose.md'],
      fix: true,
    });
    expect(fixed.outcome).toBe('ok');
    const text = await readFile(path, 'utf8');
    expect(text).toContain('## Root Cause');
    expect(text.startsWith(LOOSE_POSTMORTEM.slice(0, 200))).toBe(true);
    expect(await readFile(join(dir, 'pm', '2024', 'copy.md'), 'utf8')).toBe(LOOSE_POSTMORTEM);
  });

  it('shows the fixes as a diff with --fix-dry-run, and writes nothing', async () => {
    const options = {
      profile: 'minimal',
      rules: only('required-sections:error'),
      paths: ['pm/loose.md'],
    };
    const before = await stat(join(dir, 'pm', 'loose.md'));
    const dry = await lint({ ...options, fixDryRun: true });
    expect(dry.out).toMatch(/^--- a\/pm\/loose\.md\n\+\+\+ b\/pm\/loose\.md\n@@ /);
    expect(dry.out).toContain('+## Root Cause\n');
    expect(dry.out).toContain('✔ 1 file checked, no problems.');
    expect(dry.outcome).toBe('ok');
    expect(await readFile(join(dir, 'pm', 'loose.md'), 'utf8')).toBe(LOOSE_POSTMORTEM);
    expect((await stat(join(dir, 'pm', 'loose.md'))).mtimeMs).toBe(before.mtimeMs);
    // The diff is exactly what --fix then writes.
    await lint({ ...options, fix: true });
    const after = await readFile(join(dir, 'pm', 'loose.md'), 'utf8');
    expect(dry.out).toContain(unifiedDiff('pm/loose.md', LOOSE_POSTMORTEM, after));
  });

  it('reports the other files when one cannot be read, then fails naming it', async () => {
    await writeFile(join(dir, 'pm', 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const io = fakeIo({ cwd: dir });
    const run = runLint(
      { paths: ['pm', 'missing.md'], format: 'json', rules: only('required-sections:error') },
      io,
    );
    await expect(run).rejects.toThrow(CliError);
    await expect(run).rejects.toThrow(
      'missing.md: no such file or folder; pm/image.md looks like a binary file, not Markdown.',
    );
    const report = JSON.parse(io.out()) as JsonReport;
    expect(report.files.map((f) => f.path)).toEqual(['pm/2024/copy.md', 'pm/loose.md']);
  });

  it('says so when there is nothing to lint', async () => {
    await mkdir(join(dir, 'empty'));
    await expect(lint({ paths: ['empty'] })).rejects.toThrow('No Markdown files found in empty.');
  });

  it('lints postmortems/ by default when there is one', async () => {
    await mkdir(join(dir, 'postmortems'));
    await writeFile(join(dir, 'postmortems', 'one.md'), LOOSE_POSTMORTEM);
    const { out } = await lint({ paths: [], rules: only() });
    expect(out).toBe('✔ 1 file checked, no problems. Mean score 100/100.\n');
  });

  describe('with --cache', () => {
    const cacheFile = (): string => join(dir, '.hindsight-cache', 'lint.json');

    /** Rewrites a message in the cache, so that a report containing it came from the cache. */
    async function markCachedMessages(): Promise<void> {
      const data = JSON.parse(await readFile(cacheFile(), 'utf8')) as { strings: string[] };
      data.strings = data.strings.map((s) =>
        s.startsWith('The document has no Root Cause') ? 'FROM THE CACHE' : s,
      );
      await writeFile(cacheFile(), JSON.stringify(data));
    }

    const options = { profile: 'minimal', rules: only('required-sections:error'), cache: true };

    it('reuses the results of unchanged files without linting them', async () => {
      const first = await lint(options);
      expect(first.out).toContain('The document has no Root Cause section');
      await markCachedMessages();
      const second = await lint(options);
      expect(second.out.match(/FROM THE CACHE/g)).toHaveLength(2);
      expect(second.outcome).toBe('findings');
    });

    it('lints a file again when it, the configuration or the profile changes', async () => {
      await lint(options);
      await markCachedMessages();
      await writeFile(join(dir, 'pm', 'loose.md'), `${LOOSE_POSTMORTEM}\nOne more line.\n`);
      expect((await lint(options)).out.match(/FROM THE CACHE/g)).toHaveLength(1);
      await markCachedMessages();
      expect(
        (await lint({ ...options, rules: [...options.rules, 'word-count:warn'] })).out,
      ).not.toContain('FROM THE CACHE');
      await markCachedMessages();
      expect((await lint({ ...options, profile: 'standard' })).out).not.toContain('FROM THE CACHE');
    });

    it('ignores a damaged cache with a warning, and gives the same report', async () => {
      const clean = await lint(options);
      await writeFile(cacheFile(), '{"format": 2, "strin');
      const again = await lint(options);
      expect(again.err).toBe(
        'warning: .hindsight-cache/lint.json: not a valid cache file (broken JSON); ignoring it and linting every file.\n',
      );
      expect(again.out).toBe(clean.out);
      expect((await lint(options)).err).toBe('');
    });

    it('keeps the cache where --cache-location says', async () => {
      await lint({ ...options, cacheLocation: 'tmp/' });
      expect((await stat(join(dir, 'tmp', 'lint.json'))).isFile()).toBe(true);
      await lint({ ...options, cacheLocation: 'my-cache.json' });
      expect((await stat(join(dir, 'my-cache.json'))).isFile()).toBe(true);
    });

    it('lints files with fixable problems again when fixing', async () => {
      await lint(options);
      await markCachedMessages();
      const fixed = await lint({ ...options, fix: true });
      expect(fixed.out).not.toContain('FROM THE CACHE');
      expect(await readFile(join(dir, 'pm', 'loose.md'), 'utf8')).toContain('## Root Cause');
      // The fixed files' results went into the cache under their new content.
      const after = await lint(options);
      expect(after.outcome).toBe('ok');
    });
  });
});
