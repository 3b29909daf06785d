import { expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { searchPostmortems } from '../search-postmortems.js';
import { buildModel } from '../test-support/build-model.js';
import { forEachDialect } from '../test-support/for-each-dialect.js';
import { SYSTEM_VIEWER } from '../viewer.js';
import { searchIndex } from './search-index.js';

forEachDialect('migration 0004_search', (ctx) => {
  it('back-fills the index for postmortems stored before it', async () => {
    const live = await ctx.store.create(buildModel({ title: 'Zookeeper quorum lost' }), {
      actor: 'cleo',
    });
    const trashed = await ctx.store.create(buildModel({ title: 'Zookeeper disk full' }), {
      actor: 'cleo',
    });
    await ctx.store.softDelete(trashed.id, { actor: 'cleo' });
    const migration = searchIndex(ctx.handle.adapter);
    const db = ctx.handle.db as unknown as Kysely<unknown>;
    await migration.down?.(db);
    await migration.up(db);
    const found = await searchPostmortems(
      ctx.handle.db,
      ctx.handle.adapter,
      'zookeeper',
      {},
      {
        viewer: SYSTEM_VIEWER,
      },
    );
    expect(found.items.map((h) => h.postmortem.id)).toEqual([live.id]);
    // Restoring needs no re-indexing: the trashed one was indexed too.
    await ctx.store.restore(trashed.id, { actor: 'cleo' });
    const again = await searchPostmortems(
      ctx.handle.db,
      ctx.handle.adapter,
      'zookeeper disk',
      {},
      {
        viewer: SYSTEM_VIEWER,
      },
    );
    expect(again.items.map((h) => h.postmortem.id)).toEqual([trashed.id]);
  });

  it('removes a postmortem from the index when its row is deleted', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Etcd compaction stall' }), {
      actor: 'cleo',
    });
    await ctx.handle.db.deleteFrom('postmortems').where('id', '=', created.id).execute();
    const found = await searchPostmortems(
      ctx.handle.db,
      ctx.handle.adapter,
      'etcd',
      {},
      {
        viewer: SYSTEM_VIEWER,
      },
    );
    expect(found.items).toEqual([]);
  });
});
