import type { Postmortem } from '@hindsight/core';
import type { Selectable } from 'kysely';
import type { PostmortemsTable, RevisionsTable } from './database.js';
import type { DialectAdapter } from './dialect/dialect-adapter.js';
import type {
  PostmortemSummary,
  RevisionInfo,
  StoredPostmortem,
  StoredRevision,
} from './stored-postmortem.js';

/** The columns a full read selects. */
export const STORED_COLUMNS = [
  'id',
  'slug',
  'revision',
  'model',
  'markdown',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'deleted_at',
  'deleted_by',
] as const satisfies readonly (keyof PostmortemsTable)[];

/** The columns a list row selects: no document, but every sort key for the cursor. */
export const SUMMARY_COLUMNS = [
  'id',
  'slug',
  'title',
  'title_key',
  'status',
  'severity',
  'severity_rank',
  'visibility',
  'date',
  'date_key',
  'services',
  'teams',
  'tags',
  'authors',
  'duration_minutes',
  'revision',
  'created_at',
  'updated_at',
  'updated_by',
  'deleted_at',
] as const satisfies readonly (keyof PostmortemsTable)[];

export type StoredRow = Pick<Selectable<PostmortemsTable>, (typeof STORED_COLUMNS)[number]>;
export type SummaryRow = Pick<Selectable<PostmortemsTable>, (typeof SUMMARY_COLUMNS)[number]>;

/** A full row as a {@link StoredPostmortem}. The model was validated when it was written. */
export function toStored(row: StoredRow, adapter: DialectAdapter): StoredPostmortem {
  return {
    id: row.id,
    slug: row.slug,
    revision: row.revision,
    model: adapter.decodeJson(row.model) as Postmortem,
    markdown: row.markdown,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    deletedAt: row.deleted_at,
    deletedBy: row.deleted_by,
  };
}

/** A list row as a {@link PostmortemSummary}. */
export function toSummary(row: SummaryRow, adapter: DialectAdapter): PostmortemSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    status: row.status,
    severity: row.severity,
    visibility: row.visibility,
    date: row.date,
    services: adapter.decodeJson(row.services) as string[],
    teams: adapter.decodeJson(row.teams) as string[],
    tags: adapter.decodeJson(row.tags) as string[],
    authors: adapter.decodeJson(row.authors) as string[],
    durationMinutes: row.duration_minutes,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    deletedAt: row.deleted_at,
  };
}

/** A revision row without its document. */
export function toRevisionInfo(
  row: Pick<Selectable<RevisionsTable>, 'number' | 'title' | 'author' | 'created_at' | 'summary'>,
): RevisionInfo {
  return {
    number: row.number,
    title: row.title,
    author: row.author,
    createdAt: row.created_at,
    summary: row.summary,
  };
}

/** A revision row with its document. */
export function toStoredRevision(
  row: Selectable<RevisionsTable>,
  adapter: DialectAdapter,
): StoredRevision {
  return {
    ...toRevisionInfo(row),
    postmortemId: row.postmortem_id,
    model: adapter.decodeJson(row.model) as Postmortem,
    markdown: row.markdown,
  };
}
