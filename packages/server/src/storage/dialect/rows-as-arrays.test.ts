import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { buildModel } from '../test-support/build-model.js';
import { forEachDialect } from '../test-support/for-each-dialect.js';

forEachDialect('adapter.rowsAsArrays', (ctx) => {
  beforeAll(async () => {
    await ctx.store.create(buildModel({ title: 'March', date: '2024-03-20' }), { actor: 'ada' });
    await ctx.store.create(
      buildModel({ title: 'April', date: '2024-04-02', severity: 'low', services: ['a', 'b'] }),
      { actor: 'ada' },
    );
    await ctx.store.create(buildModel({ title: 'Undated', date: undefined, timeline: [] }), {
      actor: 'ada',
    });
  });

  /** Text, a JSON list cast to text, a double, a null, a count and a bound parameter. */
  const query = () =>
    ctx.handle.db
      .selectFrom('postmortem_insights as i')
      .where('i.severity', '!=', 'critical')
      .select((eb) => [
        'i.month',
        sql<string>`cast(${sql.ref('i.services')} as text)`.as('services'),
        eb.fn.max('i.duration').as('duration'),
        eb.fn.countAll().as('n'),
      ])
      .groupBy(['i.month', 'i.services']);

  it('reads the columns in the order selected, decoded as the same query decodes them into objects', async () => {
    const arrays = await ctx.handle.adapter.rowsAsArrays(ctx.handle.db, query());
    const objects = await query().execute();
    // Same query, same plan: the rows come in the same order.
    expect(arrays).toEqual(objects.map((row) => Object.values(row)));
    // Not vacuous: the rows hold a month, a list, a double, a count and an undated null.
    expect(arrays).toHaveLength(3);
    expect(arrays.map((row) => row[0])).toContain('2024-04');
    expect(arrays).toContainEqual(['2024-03', '["checkout"]', 39, 1]);
    expect(arrays.some((row) => row[0] === null && row[2] === null)).toBe(true);
  });

  it('leaves the same query read as objects afterwards', async () => {
    await ctx.handle.adapter.rowsAsArrays(ctx.handle.db, query());
    const objects = await query().execute();
    expect(objects.find((row) => row.month === '2024-03')).toEqual({
      month: '2024-03',
      services: '["checkout"]',
      duration: 39,
      n: 1,
    });
  });

  it("runs in the caller's transaction and sees what it wrote", async () => {
    const titles = (db: typeof ctx.handle.db) =>
      ctx.handle.adapter.rowsAsArrays<[string]>(
        db,
        db.selectFrom('teams').select('name').where('name', '=', 'arrays'),
      );
    await expect(
      ctx.handle.adapter.writeTransaction(ctx.handle.db, async (trx) => {
        await trx
          .insertInto('teams')
          .values({
            id: crypto.randomUUID(),
            name: 'arrays',
            name_key: 'arrays',
            created_at: new Date().toISOString(),
          })
          .execute();
        expect(await titles(trx)).toEqual([['arrays']]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await titles(ctx.handle.db)).toEqual([]);
  });
});
