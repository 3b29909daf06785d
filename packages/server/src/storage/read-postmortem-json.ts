import type { Postmortem } from '@hindsight/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { DialectAdapter } from './dialect/dialect-adapter.js';
import { NotFoundError } from './errors.js';
import { findByIdOrSlug, idOrSlugKey } from './id-or-slug.js';
import { STORED_COLUMNS } from './row-mappers.js';
import type { GetOptions } from './store-options.js';
import { SYSTEM_VIEWER, mayView } from './viewer.js';

/** What `get` reads, but the model, which is read as its JSON text. */
const COLUMNS = STORED_COLUMNS.filter(
  (c): c is Exclude<(typeof STORED_COLUMNS)[number], 'model'> => c !== 'model',
);

/** A postmortem as the JSON text of a `StoredPostmortem`, with what an ETag needs. */
export interface PostmortemJson {
  readonly id: string;
  readonly revision: number;
  /** `JSON.stringify` of the `StoredPostmortem` `get` returns, up to the model's spacing. */
  readonly json: string;
}

/**
 * The postmortem `get` would return, as JSON text made without parsing its model: the stored
 * model's JSON is copied into the answer as it is. The model is the bulk of a postmortem
 * (about 7 KB of 12 here), and parsing it only to serialise it again was most of the cost of
 * the API's busiest read. The access check reads the `visibility` column; only a restricted
 * postmortem has its model parsed, for {@link mayView}. Same errors as `get`.
 */
export async function readPostmortemJson(
  db: Kysely<Database>,
  adapter: DialectAdapter,
  idOrSlug: string,
  options: GetOptions = {},
): Promise<PostmortemJson> {
  const key = idOrSlugKey(idOrSlug);
  const row = await findByIdOrSlug(key, (column) => {
    let query = db
      .selectFrom('postmortems')
      .select([...COLUMNS, 'visibility', adapter.jsonText('model').as('model_json')])
      .where(column, '=', key);
    if (options.includeDeleted !== true) query = query.where('deleted_at', 'is', null);
    return query.executeTakeFirst();
  });
  if (row === undefined) throw new NotFoundError(`postmortem "${idOrSlug}"`);
  if (row.visibility === 'restricted') {
    const model = JSON.parse(row.model_json) as Postmortem;
    if (!mayView(options.viewer ?? SYSTEM_VIEWER, { model, createdBy: row.created_by }))
      throw new NotFoundError(`postmortem "${idOrSlug}"`);
  }
  // The keys in the order of `toStored`, so that the text equals JSON.stringify of `get`.
  const json =
    `{"id":${JSON.stringify(row.id)},"slug":${JSON.stringify(row.slug)},` +
    `"revision":${row.revision},"model":${row.model_json},` +
    `"markdown":${JSON.stringify(row.markdown)},` +
    `"createdAt":${JSON.stringify(row.created_at)},"createdBy":${JSON.stringify(row.created_by)},` +
    `"updatedAt":${JSON.stringify(row.updated_at)},"updatedBy":${JSON.stringify(row.updated_by)},` +
    `"deletedAt":${JSON.stringify(row.deleted_at)},"deletedBy":${JSON.stringify(row.deleted_by)}}`;
  return { id: row.id, revision: row.revision, json };
}
