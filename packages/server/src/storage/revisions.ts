import type { Postmortem } from '@hindsight/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, RevisionsTable } from './database.js';
import { InvalidInputError } from './errors.js';
import { toRevisionInfo } from './row-mappers.js';
import type { Page, RevisionInfo } from './stored-postmortem.js';

/** A revision as written: the document and who saved it, when, and why. */
export interface NewRevision {
  readonly postmortemId: string;
  readonly number: number;
  readonly model: Postmortem;
  readonly markdown: string;
  readonly author: string;
  readonly at: string;
  readonly summary: string | null;
}

/** Adds a revision, inside the transaction that changes the postmortem row. */
export async function insertRevision(trx: Kysely<Database>, revision: NewRevision): Promise<void> {
  await trx
    .insertInto('revisions')
    .values({
      postmortem_id: revision.postmortemId,
      number: revision.number,
      title: revision.model.title,
      model: JSON.stringify(revision.model),
      markdown: revision.markdown,
      author: revision.author,
      created_at: revision.at,
      summary: revision.summary,
    })
    .execute();
}

/**
 * A page of a postmortem's history, newest first. The cursor is the last number shown;
 * revisions are never removed, so numbers make a stable keyset.
 */
export async function listRevisionPage(
  db: Kysely<Database>,
  postmortemId: string,
  options: { limit: number; cursor: string | undefined },
): Promise<Page<RevisionInfo>> {
  const before = options.cursor === undefined ? undefined : Number(options.cursor);
  if (before !== undefined && !Number.isSafeInteger(before))
    throw new InvalidInputError([{ path: 'cursor', message: 'not a cursor from this list' }]);
  let query = db
    .selectFrom('revisions')
    .select(['number', 'title', 'author', 'created_at', 'summary'])
    .where('postmortem_id', '=', postmortemId);
  if (before !== undefined) query = query.where('number', '<', before);
  const rows = await query
    .orderBy('number', 'desc')
    .limit(options.limit + 1)
    .execute();
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toRevisionInfo),
    nextCursor: rows.length > options.limit && last !== undefined ? String(last.number) : null,
  };
}

/** One revision with its document, if the postmortem has it. */
export async function findRevision(
  db: Kysely<Database>,
  postmortemId: string,
  number: number,
): Promise<Selectable<RevisionsTable> | undefined> {
  if (!Number.isSafeInteger(number)) return undefined;
  return db
    .selectFrom('revisions')
    .selectAll()
    .where('postmortem_id', '=', postmortemId)
    .where('number', '=', number)
    .executeTakeFirst();
}
