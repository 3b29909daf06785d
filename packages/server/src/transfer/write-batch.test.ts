import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Postmortem } from '@hindsight/core';
import { afterAll, expect, it } from 'vitest';
import { generatePostmortem } from '../../../core/src/test-support/generate-postmortem.js';
import type { DatabaseHandle } from '../storage/create-database.js';
import { PostmortemStore } from '../storage/postmortem-store.js';
import {
  countRows,
  forEachDialect,
  openTestDatabase,
} from '../storage/test-support/for-each-dialect.js';
import { inBatch } from './batch-store.js';
import { planBatch } from './plan-batch.js';
import { prepareFile } from './prepare-file.js';
import type { PreparedFile } from './prepare-file.js';
import { writeBatch } from './write-batch.js';

const dir = mkdtempSync(join(tmpdir(), 'hindsight-write-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function preparedFiles(seeds: readonly number[]): PreparedFile[] {
  return seeds.map((seed) => {
    const file = join(dir, `pm-${seed}.md`);
    writeFileSync(file, generatePostmortem(seed));
    const prepared = prepareFile(file);
    if (!prepared.ok) throw new Error(`${file}: ${prepared.reason}`);
    return prepared;
  });
}

/** Every row a postmortem's writes made, without what differs between two writes (ids, times). */
async function derivedRows(handle: DatabaseHandle): Promise<unknown> {
  const db = handle.db;
  const slugOf = new Map(
    (await db.selectFrom('postmortems').select(['id', 'slug']).execute()).map((r) => [
      r.id,
      r.slug,
    ]),
  );
  const bySlug = <T extends { postmortem_id: string | null }>(rows: T[]) =>
    rows
      .map(({ postmortem_id, ...rest }) => ({ slug: slugOf.get(postmortem_id ?? ''), ...rest }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const omit = ['id', 'created_at', 'updated_at'] as const;
  const strip = <T extends Record<string, unknown>>(row: T) =>
    Object.fromEntries(
      Object.entries(row).filter(([k]) => !(omit as readonly string[]).includes(k)),
    );
  return {
    postmortems: (await db.selectFrom('postmortems').selectAll().orderBy('slug').execute()).map(
      strip,
    ),
    revisions: bySlug(
      (await db.selectFrom('revisions').selectAll().execute()).map((r) => ({
        ...strip(r),
        postmortem_id: r.postmortem_id,
      })),
    ),
    labels: bySlug(await db.selectFrom('postmortem_labels').selectAll().execute()),
    timeline: bySlug(await db.selectFrom('timeline_entries').selectAll().execute()),
    actionItems: bySlug(
      (await db.selectFrom('action_items').selectAll().execute()).map((r) => ({
        ...strip(r),
        postmortem_id: r.postmortem_id,
      })),
    ),
    insights: bySlug(await db.selectFrom('postmortem_insights').selectAll().execute()),
    factors: bySlug(await db.selectFrom('postmortem_insight_factors').selectAll().execute()),
    texts: bySlug(await db.selectFrom('postmortem_insight_texts').selectAll().execute()),
    audit: bySlug(
      await db
        .selectFrom('audit_log')
        .select(['postmortem_id', 'action', 'actor', 'revision', 'details'])
        .execute(),
    ),
  };
}

forEachDialect('writeBatch', (ctx) => {
  it('writes a batch of new files as store.create writes each one', async () => {
    const files = preparedFiles(Array.from({ length: 12 }, (_, i) => 9100 + i));
    const plan = planBatch(files, { existing: new Map(), claimed: new Map() });
    const results = await inBatch(ctx.handle, (store) => writeBatch(store, plan, 'import'));
    expect(results.map((r) => r.outcome)).toEqual(files.map(() => 'created'));

    const other = await openTestDatabase(ctx.dialect);
    try {
      const store = new PostmortemStore(other.handle);
      for (const file of files)
        await store.create(JSON.parse(file.rows.modelJson) as Postmortem, { actor: 'import' });
      const batched = await derivedRows(ctx.handle);
      expect(batched).toEqual(await derivedRows(other.handle));
      // Each kind of child row comes from several postmortems, so that rows attached to the
      // wrong one would show.
      for (const rows of Object.values(batched as Record<string, { slug?: string }[]>))
        expect(new Set(rows.map((r) => r.slug)).size).toBeGreaterThan(1);
    } finally {
      await other.dispose();
    }
  });

  it('when a slug was taken after the batch was planned, only that file fails and leaves nothing', async () => {
    const files = preparedFiles([9200, 9201, 9202]);
    const plan = planBatch(files, { existing: new Map(), claimed: new Map() });
    const taken = files[1]?.slug ?? '';
    // Another writer (the API, a second import) takes the slug between planning and writing.
    await ctx.store.create({ title: 'Taken meanwhile', slug: taken }, { actor: 'ada' });
    const before = await countRows(ctx.handle);

    const results = await inBatch(ctx.handle, (store) => writeBatch(store, plan, 'import'));
    expect(results.map((r) => r.outcome)).toEqual(['created', 'failed', 'created']);
    expect(results[1]?.reason).toContain(`"${taken}"`);
    const after = await countRows(ctx.handle);
    expect(after['postmortems']).toBe((before['postmortems'] ?? 0) + 2);
    expect(after['revisions']).toBe((before['revisions'] ?? 0) + 2);
    expect(after['audit_log']).toBe((before['audit_log'] ?? 0) + 2);
    expect((await ctx.store.get(taken)).model.title).toBe('Taken meanwhile');
    for (const file of [files[0], files[2]])
      expect((await ctx.store.get(file?.slug ?? '')).markdown).toBe(file?.rows.markdown);
  });
});
