import type { Insertable, Kysely } from 'kysely';
import { auditRow } from './audit.js';
import type { Database } from './database.js';
import type { PreparedRows } from './prepared-rows.js';

/**
 * Bound parameters per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535, and few
 * enough that a statement stays a few hundred kilobytes in the prepared-statement cache.
 */
const MAX_PARAMETERS = 6000;

/** A new postmortem to write: its id and its prepared rows. */
export interface NewPostmortem {
  readonly id: string;
  readonly rows: PreparedRows;
}

/**
 * Writes new postmortems as revision 1, inside the caller's transaction: for each table one
 * multi-row INSERT per chunk instead of one per postmortem, since on the import's writing
 * thread each statement cost more in building, binding and stepping than its rows did. The
 * rows are those `create` writes for one postmortem (the row, its revision, labels, timeline,
 * insights, action items and audit record), so the search triggers and every reader see the
 * same thing whichever way a postmortem came in.
 */
export async function insertPrepared(
  trx: Kysely<Database>,
  postmortems: readonly NewPostmortem[],
  meta: { readonly now: string; readonly actor: string; readonly newId: () => string },
): Promise<void> {
  const { now, actor } = meta;
  await insertAll(
    trx,
    'postmortems',
    postmortems.map(({ id, rows }) => ({
      id,
      slug: rows.slug,
      ...rows.columns,
      model: rows.modelJson,
      markdown: rows.markdown,
      revision: 1,
      created_at: now,
      created_by: actor,
      updated_at: now,
      updated_by: actor,
      deleted_at: null,
      deleted_by: null,
    })),
  );
  await insertAll(
    trx,
    'revisions',
    postmortems.map(({ id, rows }) => ({
      postmortem_id: id,
      number: 1,
      title: rows.columns.title,
      model: rows.modelJson,
      markdown: rows.markdown,
      author: actor,
      created_at: now,
      summary: null,
    })),
  );
  await insertAll(
    trx,
    'postmortem_labels',
    postmortems.flatMap(({ id, rows }) => rows.labels.map((l) => ({ postmortem_id: id, ...l }))),
  );
  await insertAll(
    trx,
    'timeline_entries',
    postmortems.flatMap(({ id, rows }) => rows.timeline.map((t) => ({ postmortem_id: id, ...t }))),
  );
  await insertAll(
    trx,
    'postmortem_insights',
    postmortems.map(({ id, rows }) => ({ postmortem_id: id, ...rows.insights })),
  );
  await insertAll(
    trx,
    'postmortem_insight_factors',
    postmortems.flatMap(({ id, rows }) => rows.factors.map((f) => ({ postmortem_id: id, ...f }))),
  );
  await insertAll(
    trx,
    'postmortem_insight_texts',
    postmortems.map(({ id, rows }) => ({ postmortem_id: id, ...rows.texts })),
  );
  await insertAll(
    trx,
    'action_items',
    postmortems.flatMap(({ id, rows }) =>
      rows.actionItems.map((fields) => ({
        id: meta.newId(),
        postmortem_id: id,
        ...fields,
        created_at: now,
        updated_at: now,
      })),
    ),
  );
  await insertAll(
    trx,
    'audit_log',
    postmortems.map(({ id, rows }) =>
      auditRow({
        at: now,
        actor,
        action: 'postmortem.create',
        postmortemId: id,
        revision: 1,
        details: { slug: rows.slug },
      }),
    ),
  );
}

type Table = keyof Database & string;

/**
 * Inserts rows in chunks of a fixed size plus the remainder in powers of two, so that a table
 * has a handful of distinct statement texts, each prepared once, whatever the counts.
 */
async function insertAll<T extends Table>(
  trx: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  let size = 1;
  const full = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(first).length));
  while (size * 2 <= full) size *= 2;
  for (let start = 0; start < rows.length;) {
    while (start + size > rows.length) size /= 2;
    const chunk = rows.slice(start, start + size);
    // Kysely cannot relate a generic table name to its row type; `rows` is typed by `T`.
    await trx
      .insertInto(table)
      .values(chunk as never)
      .execute();
    start += size;
  }
}
