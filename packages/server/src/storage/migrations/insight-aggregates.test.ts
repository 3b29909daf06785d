import { parsePostmortem } from '@hindsight/core/markdown';
import { factorTrends } from '@hindsight/core/metrics';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { generatePostmortem } from '../../../../core/src/test-support/generate-postmortem.js';
import { InsightsStore } from '../../insights/insights-store.js';
import type { DatabaseHandle } from '../create-database.js';
import { forEachDialect } from '../test-support/for-each-dialect.js';
import { insightAggregates } from './insight-aggregates.js';
import { insightsSchema } from './insights-schema.js';

const generated = Array.from(
  { length: 40 },
  (_, i) => parsePostmortem(generatePostmortem(7100 + i, 800)).model,
);
// Two without a factors list, whose cause statement counts as their one factor, and two whose
// factors have no category, so that it is inferred from their wording.
const models = generated.map((model, i) =>
  i % 20 === 3
    ? {
        ...model,
        rootCause: {
          ...model.rootCause,
          rootCause: 'The disk filled up after the log rotation job stopped',
          contributingFactors: [],
        },
      }
    : i % 20 === 5
      ? {
          ...model,
          rootCause: {
            ...model.rootCause,
            contributingFactors: [
              { text: 'A config change raised the pool size past the limit' },
              { text: 'Nobody was paged because the alert was muted' },
            ],
          },
        }
      : model,
);

/** Every insights row, in a stable order, as the database gives it back. */
async function insightTables(handle: DatabaseHandle) {
  const { db } = handle;
  return {
    insights: await db
      .selectFrom('postmortem_insights')
      .selectAll()
      .orderBy('postmortem_id')
      .execute(),
    texts: await db
      .selectFrom('postmortem_insight_texts')
      .selectAll()
      .orderBy('postmortem_id')
      .execute(),
    factors: await db
      .selectFrom('postmortem_insight_factors')
      .selectAll()
      .orderBy('postmortem_id')
      .orderBy('category')
      .execute(),
  };
}

forEachDialect('migrations 0006_insights and 0009_insight_aggregates', (ctx) => {
  it('back-fill the rows a save writes, for postmortems stored before them', async () => {
    for (const model of models) await ctx.store.create(model, { actor: 'import' });
    const written = await insightTables(ctx.handle);
    // Not vacuous: the set has inferred factors, causes counted as factors, and months.
    expect(written.insights.some((r) => r.factors_inferred > 0)).toBe(true);
    expect(written.insights.some((r) => r.factors_from_cause === 1)).toBe(true);
    expect(written.factors.length).toBeGreaterThan(models.length / 2);

    // Back to the schema before 0006, with the postmortems still there.
    const db = ctx.handle.db as unknown as Kysely<unknown>;
    await db.schema.dropTable('postmortem_insight_factors').execute();
    await db.schema.dropIndex('postmortems_restricted_idx').execute();
    await db.schema.dropTable('postmortem_insight_texts').execute();
    await db.schema.dropTable('postmortem_insights').execute();
    await db.schema.dropIndex('postmortems_insight_scope_idx').execute();
    await insightsSchema(ctx.handle.adapter).up(db);
    await insightAggregates(ctx.handle.adapter).up(db);

    expect(await insightTables(ctx.handle)).toEqual(written);
    const insights = new InsightsStore(ctx.handle);
    expect(await insights.factors()).toEqual(factorTrends(models));
    expect((await insights.summary()).count).toBe(models.length);
  });

  it('fills the month of every dated row', async () => {
    const undated = await ctx.handle.db
      .selectFrom('postmortem_insights')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('day', 'is not', null)
      .where((eb) =>
        eb.or([eb('month', 'is', null), eb('month', '<>', sql<string>`substr(day, 1, 7)`)]),
      )
      .executeTakeFirstOrThrow();
    expect(Number(undated.n)).toBe(0);
  });
});
