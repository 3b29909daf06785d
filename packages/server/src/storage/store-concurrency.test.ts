import { UpdateQueryNode } from 'kysely';
import type { KyselyPlugin } from 'kysely';
import { expect, it } from 'vitest';
import { ConflictError } from './errors.js';
import { PostmortemStore } from './postmortem-store.js';
import { buildModel } from './test-support/build-model.js';
import { forEachDialect } from './test-support/for-each-dialect.js';

const WRITERS = 20;

forEachDialect('PostmortemStore concurrency', (ctx) => {
  it(`of ${WRITERS} concurrent updates from one base, exactly one lands and none is lost silently`, async () => {
    const created = await ctx.store.create(buildModel({ title: 'Contended' }), { actor: 'ada' });
    // Counts the conditional UPDATEs that reach the database, to show that the writers got
    // past the cheap early check and the UPDATE's own WHERE decided between them.
    let updates = 0;
    const counter: KyselyPlugin = {
      transformQuery: ({ node }) => {
        if (UpdateQueryNode.is(node)) updates++;
        return node;
      },
      transformResult: ({ result }) => Promise.resolve(result),
    };
    const store = new PostmortemStore({ ...ctx.handle, db: ctx.handle.db.withPlugin(counter) });
    const outcomes = await Promise.allSettled(
      Array.from({ length: WRITERS }, (_, i) =>
        store.update(
          created.id,
          { ...created.model, title: `Contended, edit ${i}` },
          { actor: `writer-${i}`, baseRevision: 1, summary: `edit ${i}` },
        ),
      ),
    );
    const landed = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : []));
    const conflicts = outcomes.flatMap((o, i) =>
      o.status === 'rejected' && o.reason instanceof ConflictError ? [{ i, error: o.reason }] : [],
    );
    // Every writer either landed or was told: nothing else happened to any of them.
    expect(landed).toHaveLength(1);
    expect(conflicts).toHaveLength(WRITERS - 1);
    const winner = landed[0]!;
    expect(updates).toBeGreaterThan(1);

    const stored = await ctx.store.get(created.id);
    expect(stored.revision).toBe(2);
    expect(stored.model.title).toBe(`Contended, edit ${winner}`);
    for (const { error } of conflicts) expect(error.current.revision).toBe(2);
    const history = await ctx.store.listRevisions(created.id);
    expect(history.items.map((r) => r.summary)).toEqual([`edit ${winner}`, null]);

    // Each loser retries on the version it was shown, one after another: all of them land.
    for (const { i } of conflicts) {
      const current = await ctx.store.get(created.id);
      const retried = await ctx.store.update(
        created.id,
        { ...current.model, title: `Contended, edit ${i}` },
        { actor: `writer-${i}`, baseRevision: current.revision, summary: `edit ${i}` },
      );
      expect(retried.revision).toBe(current.revision + 1);
    }
    const final = await ctx.store.listRevisions(created.id);
    expect(final.items).toHaveLength(WRITERS + 1);
    // Every writer's edit is in the history exactly once.
    const summaries = final.items.map((r) => r.summary).filter((s) => s !== null);
    expect(new Set(summaries).size).toBe(WRITERS);
    expect(summaries).toHaveLength(WRITERS);
  });

  it('concurrent creates with the same title get distinct slugs', async () => {
    const model = buildModel({ title: 'Created at once', date: '2024-05-05' });
    const created = await Promise.all(
      Array.from({ length: 5 }, () => ctx.store.create(model, { actor: 'ada' })),
    );
    expect(new Set(created.map((c) => c.slug)).size).toBe(5);
  });
});
