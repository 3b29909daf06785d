import type { Postmortem } from '@hindsight/core';
import { incidentInsights } from '@hindsight/core/metrics';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { testViewer } from '../http/test-support/test-viewer.js';
import { buildModel } from '../storage/test-support/build-model.js';
import { forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { InsightsStore } from './insights-store.js';
import { FIELD_SEPARATOR, unpackLines } from './packed-lines.js';

const TODAY = '2025-06-01';
const bob = testViewer('viewer', 'bob');
// Names that a text of packed rows must carry unchanged: separators of CSV and JSON, quotes,
// a backslash, a tab, other scripts.
const ODD = ['a, b', 'say "hi"', 'back\\slash', 'tab\there', 'ünïcødé ☃ 事故', '[x]'];

forEachDialect('summaries read the rows of odd postmortems as a folder does', (ctx) => {
  let insights: InsightsStore;
  const all: Postmortem[] = [];
  const open: Postmortem[] = [];

  beforeAll(async () => {
    insights = new InsightsStore(ctx.handle);
    const inputs = [
      buildModel({ services: [ODD[0] as string, ODD[1] as string], teams: [ODD[4] as string] }),
      buildModel({ services: [ODD[2] as string], teams: [ODD[3] as string], severity: 'low' }),
      buildModel({ services: [], teams: [], date: '2024-05-02', severity: 'critical' }),
      // Undated, so without a month; no timeline, so every metric has a gap.
      buildModel({ services: [ODD[5] as string], date: undefined, timeline: [] }),
      buildModel({
        services: [ODD[0] as string],
        teams: ['secret ☃'],
        visibility: 'restricted',
        severity: 'critical',
      }),
    ];
    for (const input of inputs) {
      const created = await ctx.store.create(input, { actor: 'ada' });
      all.push(created.model);
      if (created.model.visibility !== 'restricted') open.push(created.model);
    }
  });

  it('gives core figures, overall and by every grouping', async () => {
    expect(await insights.summary()).toEqual(incidentInsights(all, { today: TODAY }).aggregate);
    for (const groupBy of ['severity', 'service', 'team', 'month'] as const)
      expect(await insights.summary({}, groupBy)).toEqual(
        incidentInsights(all, { today: TODAY, groupBy }).aggregate,
      );
  });

  it('reads back every double the database writes into a packed line exactly', async () => {
    // The figures are bit for bit core's only if the text of a number names the same double.
    const values = [1 / 3, 0.1 + 0.2, (2 / 3) * 100, 37 / 60, 1.7e300, 5e-324, 123456789.12345679];
    for (let i = 1; i < 200; i++) values.push(i / 60, i / 7, i * 1.1);
    const read: unknown[] = [];
    // PostgreSQL takes at most 100 arguments to a function.
    for (let at = 0; at < values.length; at += 90) {
      const numbers = values.slice(at, at + 90).map((v) => sql`cast(${v} as double precision)`);
      const { rows } = await sql<{ line: string }>`select concat_ws(${sql.lit(
        FIELD_SEPARATOR,
      )}, ${sql.join(numbers)}) as line`.execute(ctx.handle.db);
      const row: unknown[] = [];
      unpackLines(rows[0]?.line ?? '', row, 0, 0, () => read.push(...row));
    }
    expect(read).toEqual(values);
  });

  it('takes away the rows a viewer may not see, names and all', async () => {
    expect(await insights.summary({ viewer: bob })).toEqual(
      incidentInsights(open, { today: TODAY }).aggregate,
    );
    expect(await insights.summary({ viewer: bob }, 'service')).toEqual(
      incidentInsights(open, { today: TODAY, groupBy: 'service' }).aggregate,
    );
  });
});
