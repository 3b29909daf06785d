import type { Postmortem } from '@hindsight/core';
import type { CompiledQuery, Kysely } from 'kysely';
import type { AnswerCache, CachedAnswer } from './answer-cache.js';
import type { Database } from './database.js';
import type { ChangeWatch } from './dialect/change-watch.js';
import { prepared } from './dialect/prepared-statement.js';
import type { DialectAdapter } from './dialect/dialect-adapter.js';
import { NotFoundError } from './errors.js';
import { findByIdOrSlug, idOrSlugKey } from './id-or-slug.js';
import { STORED_COLUMNS } from './row-mappers.js';
import { stampReaderOf } from './stamp-reader.js';
import type { GetOptions } from './store-options.js';
import { isUuid } from './uuid.js';
import { SYSTEM_VIEWER, mayView } from './viewer.js';

/** What `get` reads, but the model and the Markdown, which are read as JSON text. */
const COLUMNS = STORED_COLUMNS.filter(
  (c): c is Exclude<(typeof STORED_COLUMNS)[number], 'model' | 'markdown'> =>
    c !== 'model' && c !== 'markdown',
);

/** A postmortem as the JSON of a `StoredPostmortem`, with what an ETag needs. */
export interface PostmortemJson {
  readonly id: string;
  readonly revision: number;
  /**
   * The UTF-8 bytes of `JSON.stringify` of the `StoredPostmortem` `get` returns, up to the
   * model's spacing: bytes, so that a cached answer is sent without being encoded again.
   */
  readonly body: Buffer;
}

interface JsonRow {
  readonly id: string;
  readonly slug: string;
  readonly revision: number;
  readonly visibility: string;
  readonly created_at: string;
  readonly created_by: string;
  readonly updated_at: string;
  readonly updated_by: string;
  readonly deleted_at: string | null;
  readonly deleted_by: string | null;
  readonly model_json: string;
  readonly markdown_json: string;
}

/**
 * The read's SQL, compiled once per database, look-up column and trash setting: Kysely builds,
 * freezes and compiles a query tree on every call otherwise, a few percent of a GET one's CPU.
 * Only the key changes between calls, and it is the query's one parameter.
 */
const compiled = new WeakMap<Kysely<Database>, Map<string, CompiledQuery<JsonRow>>>();

function readQuery(
  db: Kysely<Database>,
  adapter: DialectAdapter,
  column: 'id' | 'slug',
  includeDeleted: boolean,
): CompiledQuery<JsonRow> {
  let byShape = compiled.get(db);
  if (byShape === undefined) compiled.set(db, (byShape = new Map()));
  const shape = `${column}:${String(includeDeleted)}`;
  let query = byShape.get(shape);
  if (query === undefined) {
    let builder = db
      .selectFrom('postmortems')
      .select([
        ...COLUMNS,
        'visibility',
        adapter.jsonText('model').as('model_json'),
        adapter.jsonQuoted('markdown').as('markdown_json'),
      ])
      .where(column, '=', '');
    if (!includeDeleted) builder = builder.where('deleted_at', 'is', null);
    // A named statement on PostgreSQL (prepared-statement.ts): planned once per connection.
    query = prepared(builder.compile() as CompiledQuery<JsonRow>);
    // The key must be the only parameter for the substitution below to be right.
    if (query.parameters.length !== 1) throw new Error('the read of one postmortem changed shape');
    byShape.set(shape, query);
  }
  return query;
}

/**
 * The cached answer under `key` if it is still the current one. Every change to what the
 * answer holds bumps the revision (the document, its slug, the updated-by fields) or sets
 * `deleted_at` (the trash), so a row with the same revision and no `deleted_at` gives the
 * same bytes. Reading those two columns by id costs a fraction of reading the row, whose
 * model and Markdown are most of its 12 KB, and is asked of the database on a hit (the hits
 * that come in while one such query is out ask together in the next: `stamp-reader.ts`), so
 * a write by any process is seen at once. Where the dialect can tell that nothing at all was
 * written since the answer was last found current (SQLite: this process's writes and
 * `PRAGMA data_version`), even that read is skipped.
 */
async function currentAnswer(
  db: Kysely<Database>,
  changes: ChangeWatch | undefined,
  cache: AnswerCache,
  key: string,
): Promise<CachedAnswer | undefined> {
  const cached = cache.get(key);
  if (cached === undefined) return undefined;
  // Taken before the read: a write that lands while it runs leaves a mark that differs.
  const mark = changes?.current();
  if (mark !== undefined && cached.verifiedAt === mark) return cached;
  const stamp = await stampReaderOf(db).read(cached.id);
  if (stamp?.revision === cached.revision && stamp.deletedAt === null) {
    cached.verifiedAt = mark;
    return cached;
  }
  cache.delete(key);
  return undefined;
}

/**
 * The postmortem `get` would return, as JSON text made without parsing its model: the stored
 * model's JSON is copied into the answer as it is, and the Markdown as the database quotes it
 * for JSON. The model is the bulk of a postmortem (about 7 KB of 12 here), and parsing it only
 * to serialise it again was most of the cost of the API's busiest read. The columns are read
 * as text: SQLite could hand them over as `Buffer`s (`CAST … AS BLOB`), about 5 % less CPU,
 * but that is 12 KB more a request of memory outside V8's heap, freed only when a collection
 * finds the buffers dead, and the server's resident set grew with it (docs/benchmarks.md, API).
 * The access check reads the `visibility` column; only a restricted postmortem has its model
 * parsed, for {@link mayView}. Same errors as `get`.
 *
 * With a `cache`, live postmortems' answers are kept as bytes and served again while the
 * database says they are current ({@link currentAnswer}); the access check runs on every
 * read, hit or not.
 */
export async function readPostmortemJson(
  db: Kysely<Database>,
  adapter: DialectAdapter,
  idOrSlug: string,
  options: GetOptions = {},
  cache?: AnswerCache,
): Promise<PostmortemJson> {
  const key = idOrSlugKey(idOrSlug);
  const includeDeleted = options.includeDeleted === true;
  const viewer = options.viewer ?? SYSTEM_VIEWER;
  if (cache !== undefined && !includeDeleted) {
    const cached = await currentAnswer(db, adapter.changes, cache, key);
    if (cached !== undefined) {
      if (cached.access !== null && !mayView(viewer, cached.access))
        throw new NotFoundError(`postmortem "${idOrSlug}"`);
      return cached;
    }
  }
  const mark = cache === undefined ? undefined : adapter.changes?.current();
  const row = await findByIdOrSlug<JsonRow>(key, async (column) => {
    const query = readQuery(db, adapter, column, includeDeleted);
    const result = await db.executeQuery<JsonRow>({ ...query, parameters: [key] });
    return result.rows[0];
  });
  if (row === undefined) throw new NotFoundError(`postmortem "${idOrSlug}"`);
  let access: CachedAnswer['access'] = null;
  if (row.visibility === 'restricted') {
    const { visibility, authors, reviewers, distribution, teams } = JSON.parse(
      row.model_json,
    ) as Postmortem;
    access = {
      model: { visibility, authors, reviewers, distribution, teams },
      createdBy: row.created_by,
    };
  }
  // Kept before the access check: whether this viewer may read it does not change the bytes.
  // A key that looks like an id but found a postmortem by its slug is not kept: a postmortem
  // with that id, made later, would have to win.
  const answer: CachedAnswer = {
    id: row.id,
    revision: row.revision,
    body: answerBytes(row),
    access,
    verifiedAt: mark,
  };
  if (cache !== undefined && row.deleted_at === null && (row.id === key || !isUuid(key)))
    cache.set(key, answer);
  if (access !== null && !mayView(viewer, access))
    throw new NotFoundError(`postmortem "${idOrSlug}"`);
  return answer;
}

/** The answer's bytes, keys in the order of `toStored`: JSON.stringify of what `get` returns. */
function answerBytes(row: JsonRow): Buffer {
  const json =
    `{"id":${JSON.stringify(row.id)},"slug":${JSON.stringify(row.slug)},` +
    `"revision":${row.revision},"model":${row.model_json},"markdown":${row.markdown_json},` +
    `"createdAt":${JSON.stringify(row.created_at)},"createdBy":${JSON.stringify(row.created_by)},` +
    `"updatedAt":${JSON.stringify(row.updated_at)},"updatedBy":${JSON.stringify(row.updated_by)},` +
    `"deletedAt":${JSON.stringify(row.deleted_at)},"deletedBy":${JSON.stringify(row.deleted_by)}}`;
  return Buffer.from(json);
}
