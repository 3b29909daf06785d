import { cp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StatsReport } from '../stats/stats-report.js';
import { writeStatsFolder } from '../stats/test-support/stats-folder.js';
import { main } from '../main.js';
import { fakeIo, tempDir } from '../test-support/fake-io.js';
import { runStats } from './stats.js';

const TODAY = '2024-05-17';

async function jsonReport(cwd: string, paths: string[], extra = {}): Promise<StatsReport> {
  const io = fakeIo({ cwd });
  await runStats({ paths, json: true, today: TODAY, ...extra }, io);
  return JSON.parse(io.out()) as StatsReport;
}

describe('runStats over a folder of built postmortems', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('hindsight-stats-'));
    await writeStatsFolder(join(dir, 'pm'));
  });
  afterEach(() => cleanup());

  it('reports the hand-computed metrics with their coverage', async () => {
    const report = await jsonReport(dir, ['pm']);
    expect(report.version).toBe(1);
    expect(report.count).toBe(4);
    expect(report.files).toEqual({ read: 4, unreadable: [] });
    expect(report.metrics.timeToDetect).toEqual({
      n: 2,
      mean: 20,
      median: 20,
      p90: 28,
      min: 10,
      max: 30,
      missing: { 'missing-input': 1, negative: 1, incomparable: 0 },
    });
    expect(report.metrics.timeToRespond).toMatchObject({ n: 1, mean: 5 });
    expect(report.metrics.timeToMitigate).toMatchObject({ n: 1, median: 40 });
    // 60, 90, 120: p90 at h = 1.8 → 90 + 0.8 × 30.
    expect(report.metrics.timeToResolve).toMatchObject({
      n: 3,
      mean: 90,
      median: 90,
      p90: 114,
      min: 60,
      max: 120,
    });
    // 45 (stated), 60, 90, 120: median 75, p90 at h = 2.7 → 90 + 0.7 × 30.
    expect(report.metrics.duration).toMatchObject({ n: 4, mean: 78.75, median: 75, p90: 111 });
  });

  it('reports the severity mix, months, services and per-incident sources', async () => {
    const report = await jsonReport(dir, ['pm']);
    expect(report.severity).toEqual({ critical: 1, high: 1, medium: 1, low: 0, unknown: 1 });
    expect(report.perMonth.map((m) => [m.month, m.count])).toEqual([
      ['2024-01', 1],
      ['2024-03', 3],
    ]);
    expect(report.services).toEqual([
      { name: 'checkout', count: 2 },
      { name: 'search', count: 1 },
    ]);
    expect(report.incidents.map((i) => i.file)).toEqual([
      'pm/checkout-cert-again.md',
      'pm/checkout-cert.md',
      'pm/search-slow.md',
      'pm/team/queue-backlog.md',
    ]);
    const slow = report.incidents[2];
    expect(slow?.metrics.timeToDetect).toEqual({
      minutes: null,
      reason: 'negative',
      from: { moment: 'impactStarted', at: '2024-03-20T14:00:00Z', source: 'stated' },
      to: { moment: 'detected', at: '2024-03-20T13:55:00Z', source: 'stated' },
    });
    expect(report.incidents[3]?.metrics.duration).toMatchObject({
      minutes: 45,
      basis: 'stated-duration',
    });
    expect(report.trend.map((t) => [t.month, t.metrics.timeToResolve.median])).toEqual([
      ['2024-01', 60],
      ['2024-03', 105],
    ]);
  });

  it('finds the recurring cause, and that it came back although its action was done', async () => {
    const report = await jsonReport(dir, ['pm']);
    expect(report.recurringRootCauses).toHaveLength(1);
    expect(report.recurringRootCauses[0]?.members.map((m) => m.file)).toEqual([
      'pm/checkout-cert.md',
      'pm/checkout-cert-again.md',
    ]);
    expect(report.recurrences).toEqual([
      {
        incident: {
          file: 'pm/checkout-cert-again.md',
          title: 'Checkout down again',
          day: '2024-03-05',
        },
        earlier: {
          file: 'pm/checkout-cert.md',
          title: 'Checkout down: certificate expired',
          day: '2024-01-10',
        },
        similarity: expect.any(Number) as number,
        doneItems: 1,
      },
    ]);
  });

  it('counts action items: completion without won’t-do, overdue on --today', async () => {
    const report = await jsonReport(dir, ['pm']);
    expect(report.actionItems).toMatchObject({
      total: 4,
      byStatus: { open: 1, 'in-progress': 1, done: 1, 'wont-do': 1 },
      completionRate: 0.333,
      overdue: 1,
      timeToClose: { median: null, reason: 'no-closed-dates' },
    });
    expect(report.actionItems.overdueItems).toEqual([
      {
        incident: {
          file: 'pm/checkout-cert-again.md',
          title: 'Checkout down again',
          day: '2024-03-05',
        },
        title: 'Alert a month before expiry',
        due: '2024-04-01',
        owner: 'Ana',
        daysOverdue: 46,
      },
    ]);
    const earlier = await jsonReport(dir, ['pm'], { today: '2024-03-15' });
    expect(earlier.actionItems.overdue).toBe(0);
  });

  it('counts contributing factors, and causes where no factor is listed', async () => {
    const report = await jsonReport(dir, ['pm']);
    expect(report.factors.categories.find((c) => c.category === 'monitoring')).toEqual({
      category: 'monitoring',
      factors: 1,
      incidents: 1,
    });
    expect(report.factors.fromRootCause).toBe(2);
  });

  it('groups by severity', async () => {
    const report = await jsonReport(dir, ['pm'], { groupBy: 'Severity' });
    expect(report.groupBy).toBe('severity');
    expect(report.groups?.map((g) => [g.key, g.count, g.metrics.timeToResolve.median])).toEqual([
      ['critical', 1, 60],
      ['high', 1, 120],
      ['medium', 1, 90],
      [null, 1, null],
    ]);
  });

  it('prints a readable table', async () => {
    const io = fakeIo({ cwd: dir });
    await runStats({ paths: ['pm'], today: TODAY, groupBy: 'service' }, io);
    const out = io.out();
    expect(out).toMatch(/^4 postmortems · today 2024-05-17\n/);
    expect(out).toMatch(/Time to detect +2\/4 +50% +20 min +20 min +28 min +10 min +30 min/);
    expect(out).toMatch(/Time to resolve +3\/4 +75% +1 h 30 min +1 h 30 min +1 h 54 min +1 h +2 h/);
    expect(out).toContain('Time to detect: 1 missing a moment, 1 contradictory');
    expect(out).toContain('critical 1 · high 1 · medium 1 · low 0 · unknown 1');
    expect(out).toMatch(/2024-03 +3 +█{30}/);
    expect(out).toMatch(/checkout +2/);
    expect(out).toContain("Completion 33% (not counting won't do) · 1 overdue on 2024-05-17");
    expect(out).toMatch(/46 d +Alert a month before expiry +Ana +pm\/checkout-cert-again\.md/);
    expect(out).toMatch(/By service\n +Group +Count/);
    expect(out).not.toContain('\u001b[');
    expect(io.err()).toBe('');
  });

  it('writes a standalone HTML report with SVG charts, escaped text and no scripts', async () => {
    const io = fakeIo({ cwd: dir });
    await runStats({ paths: ['pm'], today: TODAY, html: 'out/report.html' }, io);
    expect(io.err()).toBe('Wrote out/report.html\n');
    const html = await readFile(join(dir, 'out', 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Queue backlog &lt;script&gt;alert(1)&lt;/script&gt;');
    for (const id of ['chart-months', 'chart-trend', 'chart-factors']) {
      expect(html).toMatch(new RegExp(`<svg [^>]*aria-labelledby="${id}-title`));
    }
    expect(html.match(/<rect class="sev-critical"/g)?.length).toBeGreaterThanOrEqual(1);
    // January and March have values, February none: two points, no line across the gap.
    expect(html.match(/<circle class="series-resolve"/g)).toHaveLength(2);
    expect(html).not.toContain('<polyline class="series-resolve"');
    expect(html).toContain('prefers-color-scheme: dark');
    expect(html).toContain('Content-Security-Policy');
  });

  it('skips node_modules and dot-folders, and lists unreadable files without failing', async () => {
    await mkdir(join(dir, 'pm', 'node_modules', 'x'), { recursive: true });
    await writeFile(join(dir, 'pm', 'node_modules', 'x', 'README.md'), '# Not a postmortem\n');
    await mkdir(join(dir, 'pm', '.git'), { recursive: true });
    await writeFile(join(dir, 'pm', '.git', 'notes.md'), '# Hidden\n');
    await writeFile(join(dir, 'pm', 'binary.md'), Buffer.from([0x23, 0x00, 0x01, 0x02]));
    const io = fakeIo({ cwd: dir });
    const outcome = await runStats({ paths: ['pm'], json: true, today: TODAY }, io);
    expect(outcome).toBe('ok');
    const report = JSON.parse(io.out()) as StatsReport;
    expect(report.count).toBe(4);
    expect(report.files.unreadable).toEqual([
      { file: 'pm/binary.md', reason: 'looks like a binary file, not Markdown' },
    ]);
    expect(io.err()).toBe('warning: pm/binary.md: looks like a binary file, not Markdown\n');
  });

  it('reads postmortems/ by default, and a file given by name once', async () => {
    await cp(join(dir, 'pm'), join(dir, 'postmortems'), { recursive: true });
    expect((await jsonReport(dir, [])).count).toBe(4);
    const twice = await jsonReport(dir, ['pm/search-slow.md', 'pm']);
    expect(twice.count).toBe(4);
    expect(twice.incidents[0]?.file).toBe('pm/search-slow.md');
  });

  it('defaults --today to the local date of the clock', async () => {
    const io = fakeIo({ cwd: dir, now: new Date(2024, 4, 17, 23, 59) });
    await runStats({ paths: ['pm'], json: true }, io);
    expect((JSON.parse(io.out()) as StatsReport).today).toBe('2024-05-17');
  });

  it('rejects a bad --group-by, --today or path, naming the flag', async () => {
    const io = fakeIo({ cwd: dir });
    await expect(runStats({ paths: ['pm'], groupBy: 'colour' }, io)).rejects.toThrow(
      '--group-by "colour" is not a grouping; choose one of severity, service, team, month.',
    );
    await expect(runStats({ paths: ['pm'], today: '2024-02-30' }, io)).rejects.toThrow(
      '--today 2024-02-30 is not a real calendar date',
    );
    await expect(runStats({ paths: ['missing'] }, io)).rejects.toThrow(
      'missing: no such file or folder.',
    );
  });

  it('runs as `hindsight stats`, with exit code 2 for wrong usage', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['stats', 'pm', '--json', '--today', TODAY, '--group-by', 'team'], io)).toBe(
      0,
    );
    expect((JSON.parse(io.out()) as StatsReport).groups?.map((g) => g.key)).toEqual([
      'shop',
      'data',
      null,
    ]);
    const bad = fakeIo({ cwd: dir });
    expect(await main(['stats', 'pm', '--group-by', 'colour'], bad)).toBe(2);
    expect(bad.err()).toMatch(/^error: --group-by "colour" is not a grouping/);
  });

  it('reports an empty folder as zero postmortems, with a note', async () => {
    await mkdir(join(dir, 'empty'));
    const io = fakeIo({ cwd: dir });
    await runStats({ paths: ['empty'], today: TODAY }, io);
    expect(io.out()).toContain('0 postmortems');
    expect(io.err()).toBe('note: no Markdown files under empty.\n');
  });
});

describe('runStats over the shared corpus', () => {
  const corpus = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
  let dir: string;
  let cleanup: () => Promise<void>;
  let names: string[] = [];
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('hindsight-stats-corpus-'));
    const found = await stat(corpus).then(
      () => true,
      () => false,
    );
    if (!found) return;
    // SOURCES.md describes where the documents came from; it is not an incident.
    names = (await readdir(corpus)).filter((n) => n.endsWith('.md') && n !== 'SOURCES.md');
    await mkdir(join(dir, 'corpus'));
    for (const name of names) await cp(join(corpus, name), join(dir, 'corpus', name));
    await writeStatsFolder(join(dir, 'built'));
  });
  afterEach(() => cleanup());

  it('measures real documents next to built ones, and renders them safely', async (context) => {
    if (names.length === 0) {
      context.skip(`the shared corpus is not at ${corpus}`);
      return;
    }
    const report = await jsonReport(dir, ['corpus', 'built'], { groupBy: 'month' });
    expect(report.count).toBe(names.length + 4);
    expect(report.files.unreadable).toEqual([]);
    for (const metric of Object.values(report.metrics)) {
      expect(metric.n).toBeLessThanOrEqual(report.count);
      if (metric.median !== null && metric.min !== null && metric.max !== null) {
        expect(metric.median).toBeGreaterThanOrEqual(metric.min);
        expect(metric.median).toBeLessThanOrEqual(metric.max);
      }
    }
    // Real documents state some moments: at least one of them is measured.
    expect(report.metrics.timeToResolve.n).toBeGreaterThan(3);

    const io = fakeIo({ cwd: dir });
    await runStats({ paths: ['corpus', 'built'], today: TODAY, html: 'report.html' }, io);
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('aria-labelledby="chart-months-title');
    expect(html).not.toMatch(/<script/i);
  });
});
