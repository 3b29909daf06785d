import { afterEach, expect, it, vi } from 'vitest';
import { StampReader } from './stamp-reader.js';
import { buildModel } from './test-support/build-model.js';
import { forEachDialect } from './test-support/for-each-dialect.js';

afterEach(() => {
  vi.restoreAllMocks();
});

forEachDialect('StampReader', (ctx) => {
  it('reads every stamp asked for in one turn in one query', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await ctx.store.create(buildModel({ title: `Stamp ${i}` }), { actor: 'ada' })).id);
    await ctx.store.update(ids[1] as string, buildModel({ title: 'Again' }), {
      actor: 'ada',
      baseRevision: 1,
    });
    await ctx.store.softDelete(ids[2] as string, { actor: 'ada' });
    const reader = new StampReader(ctx.handle.db);
    const queries = vi.spyOn(ctx.handle.db, 'executeQuery');
    const missing = '00000000-0000-4000-8000-000000000000';
    // The same id twice, and one that does not exist.
    const stamps = await Promise.all(
      [...ids, ids[0] as string, missing].map((id) => reader.read(id)),
    );
    expect(queries).toHaveBeenCalledTimes(1);
    expect(stamps.map((s) => s?.revision)).toEqual([1, 2, 1, 1, 1, 1, undefined]);
    expect(stamps[2]?.deletedAt).toEqual(expect.any(String));
    expect(stamps.filter((s) => s?.deletedAt === null)).toHaveLength(5);
    // The next turn asks again, and sees what was written since.
    await ctx.store.restore(ids[2] as string, { actor: 'ada' });
    expect(await reader.read(ids[2] as string)).toEqual({ revision: 1, deletedAt: null });
    expect(queries).toHaveBeenCalledTimes(2);
  });

  it('holds reads asked for while a query is out, and reads them all in the next query', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await ctx.store.create(buildModel({ title: `Held ${i}` }), { actor: 'ada' })).id);
    const [first, second, third] = ids as [string, string, string];
    const reader = new StampReader(ctx.handle.db);
    const execute = ctx.handle.db.executeQuery.bind(ctx.handle.db);
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const queries = vi
      .spyOn(ctx.handle.db, 'executeQuery')
      .mockImplementationOnce(async (query) => {
        await gate;
        return execute(query);
      });
    const firstRead = reader.read(first);
    await new Promise((resolve) => setImmediate(resolve));
    expect(queries).toHaveBeenCalledTimes(1);
    // Two later turns' reads, and a write they must see, all while the first query is out.
    const secondRead = reader.read(second);
    await new Promise((resolve) => setImmediate(resolve));
    await ctx.store.update(third, buildModel({ title: 'Written' }), {
      actor: 'ada',
      baseRevision: 1,
    });
    const thirdRead = reader.read(third);
    await new Promise((resolve) => setImmediate(resolve));
    expect(queries).toHaveBeenCalledTimes(1);
    release();
    expect(await firstRead).toEqual({ revision: 1, deletedAt: null });
    expect(await secondRead).toEqual({ revision: 1, deletedAt: null });
    expect(await thirdRead).toEqual({ revision: 2, deletedAt: null });
    expect(queries).toHaveBeenCalledTimes(2);
  });

  it('reads a batch larger than its largest list in parts', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Many' }), { actor: 'ada' });
    const reader = new StampReader(ctx.handle.db);
    const queries = vi.spyOn(ctx.handle.db, 'executeQuery');
    const others = Array.from(
      { length: 99 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const stamps = await Promise.all([...others, created.id].map((id) => reader.read(id)));
    expect(queries).toHaveBeenCalledTimes(2);
    expect(stamps.at(-1)).toEqual({ revision: 1, deletedAt: null });
    expect(stamps.slice(0, -1).every((s) => s === undefined)).toBe(true);
  });

  it('fails every read of a batch whose query fails, and works again after', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Fails' }), { actor: 'ada' });
    const reader = new StampReader(ctx.handle.db);
    vi.spyOn(ctx.handle.db, 'executeQuery').mockRejectedValueOnce(new Error('connection lost'));
    const reads = [reader.read(created.id), reader.read(created.id)];
    for (const read of reads) await expect(read).rejects.toThrow('connection lost');
    expect(await reader.read(created.id)).toEqual({ revision: 1, deletedAt: null });
  });
});
