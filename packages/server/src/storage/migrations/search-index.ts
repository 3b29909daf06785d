import { sql } from 'kysely';
import type { Kysely, Migration, RawBuilder } from 'kysely';
import type { DialectAdapter } from '../dialect/dialect-adapter.js';

/**
 * 0004: the full-text index of live and trashed postmortems (search leaves the trash out when
 * it queries, so restoring needs no re-indexing). Three weighted fields: the title, the
 * labels (services, teams, tags) and the body (section prose, timeline entries, action
 * items, root-cause statements, contributing factors and whys). The index is kept in step by
 * the database itself (SQLite triggers, a PostgreSQL generated column), so no write path of
 * the store has to know about it. docs/search.md gives the reasons for each choice.
 */
export function searchIndex(adapter: DialectAdapter): Migration {
  return adapter.capabilities.fullTextSearch === 'fts5' ? sqliteSearch() : postgresSearch();
}

/**
 * The model's prose as one text, from its JSON, in reading order. Written against the
 * stored JSON (not today's model code), so the migration keeps meaning what it meant.
 */
const SQLITE_BODY_PATHS = [
  ['$.sections', '$.body'],
  ['$.timeline', '$.text'],
  ['$.actionItems', '$.title'],
  ['$.rootCause.contributingFactors', '$.text'],
  ['$.rootCause.whys', '$.question'],
  ['$.rootCause.whys', '$.answer'],
] as const;
const SQLITE_BODY_SCALARS = [
  '$.rootCause.trigger',
  '$.rootCause.immediateCause',
  '$.rootCause.rootCause',
  '$.detection.method',
] as const;

/** The SQLite expression of a row's body text; `row` is `new` in a trigger or a table alias. */
function sqliteBody(row: 'new' | 'p'): string {
  const lists = SQLITE_BODY_PATHS.map(
    ([list, field]) =>
      `(SELECT group_concat(json_extract(value, '${field}'), char(10)) FROM json_each(${row}.model, '${list}'))`,
  );
  const scalars = SQLITE_BODY_SCALARS.map((path) => `json_extract(${row}.model, '${path}')`);
  // concat_ws skips NULLs: an empty list or a missing field adds nothing.
  return `concat_ws(char(10), ${[...lists, ...scalars].join(', ')})`;
}

function sqliteLabels(row: 'new' | 'p'): string {
  const lists = ['services', 'teams', 'tags'].map(
    (column) => `(SELECT group_concat(value, ' ') FROM json_each(${row}.${column}))`,
  );
  return `concat_ws(' ', ${lists.join(', ')})`;
}

function sqliteSearch(): Migration {
  // Only constant text below: column names and JSON paths written in this file.
  const run = (db: Kysely<unknown>, text: string): Promise<unknown> => sql.raw(text).execute(db);
  const insertDoc = (row: 'new' | 'p'): string =>
    `(${row === 'new' ? 'new.title' : 'p.title'}), ${sqliteBody(row)}, ${sqliteLabels(row)}`;
  return {
    async up(db) {
      // porter: English stemming (deploy, deployed, deployment are one term); unicode61 with
      // remove_diacritics 2 folds case and accents of any script (café matches cafe).
      await run(
        db,
        `CREATE VIRTUAL TABLE postmortem_search USING fts5(title, body, labels, tokenize = 'porter unicode61 remove_diacritics 2')`,
      );
      // The default rank: bm25 with the title weighing 10 and the labels 4 times the body.
      await run(
        db,
        `INSERT INTO postmortem_search(postmortem_search, rank) VALUES ('rank', 'bm25(10.0, 1.0, 4.0)')`,
      );
      // The FTS rowid of each postmortem. Postmortems have text ids, and their implicit
      // rowid may change on VACUUM, so the index is keyed by this table's stable integer.
      await run(
        db,
        `CREATE TABLE postmortem_search_keys (doc INTEGER PRIMARY KEY, postmortem_id TEXT NOT NULL UNIQUE)`,
      );
      await run(
        db,
        `CREATE TRIGGER postmortem_search_insert AFTER INSERT ON postmortems BEGIN
          INSERT INTO postmortem_search_keys (postmortem_id) VALUES (new.id);
          INSERT INTO postmortem_search (rowid, title, body, labels) VALUES (
            (SELECT doc FROM postmortem_search_keys WHERE postmortem_id = new.id), ${insertDoc('new')});
        END`,
      );
      // Only changes to indexed text re-index: moving to the trash and back does not.
      await run(
        db,
        `CREATE TRIGGER postmortem_search_update AFTER UPDATE OF title, model, services, teams, tags ON postmortems BEGIN
          DELETE FROM postmortem_search WHERE rowid = (SELECT doc FROM postmortem_search_keys WHERE postmortem_id = old.id);
          INSERT INTO postmortem_search (rowid, title, body, labels) VALUES (
            (SELECT doc FROM postmortem_search_keys WHERE postmortem_id = new.id), ${insertDoc('new')});
        END`,
      );
      await run(
        db,
        `CREATE TRIGGER postmortem_search_delete BEFORE DELETE ON postmortems BEGIN
          DELETE FROM postmortem_search WHERE rowid = (SELECT doc FROM postmortem_search_keys WHERE postmortem_id = old.id);
          DELETE FROM postmortem_search_keys WHERE postmortem_id = old.id;
        END`,
      );
      // Back-fill what is already stored.
      await run(
        db,
        `INSERT INTO postmortem_search_keys (postmortem_id) SELECT id FROM postmortems ORDER BY created_at, id`,
      );
      await run(
        db,
        `INSERT INTO postmortem_search (rowid, title, body, labels)
          SELECT k.doc, ${insertDoc('p')} FROM postmortems p JOIN postmortem_search_keys k ON k.postmortem_id = p.id`,
      );
    },
    async down(db) {
      for (const trigger of ['insert', 'update', 'delete'])
        await run(db, `DROP TRIGGER IF EXISTS postmortem_search_${trigger}`);
      await run(db, `DROP TABLE IF EXISTS postmortem_search_keys`);
      await run(db, `DROP TABLE IF EXISTS postmortem_search`);
    },
  };
}

/** PostgreSQL: the same body, from the jsonb model, as an immutable function. */
const PG_BODY_FUNCTION = sql`
CREATE FUNCTION hindsight_search_body(model jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT concat_ws(E'\\n',
    (SELECT string_agg(x->>'body', E'\\n' ORDER BY n) FROM jsonb_array_elements(model->'sections') WITH ORDINALITY t(x, n)),
    (SELECT string_agg(x->>'text', E'\\n' ORDER BY n) FROM jsonb_array_elements(model->'timeline') WITH ORDINALITY t(x, n)),
    (SELECT string_agg(x->>'title', E'\\n' ORDER BY n) FROM jsonb_array_elements(model->'actionItems') WITH ORDINALITY t(x, n)),
    (SELECT string_agg(x->>'text', E'\\n' ORDER BY n) FROM jsonb_array_elements(model->'rootCause'->'contributingFactors') WITH ORDINALITY t(x, n)),
    (SELECT string_agg(x->>'question', E'\\n' ORDER BY n) FROM jsonb_array_elements(model->'rootCause'->'whys') WITH ORDINALITY t(x, n)),
    (SELECT string_agg(x->>'answer', E'\\n' ORDER BY n) FROM jsonb_array_elements(model->'rootCause'->'whys') WITH ORDINALITY t(x, n)),
    model->'rootCause'->>'trigger',
    model->'rootCause'->>'immediateCause',
    model->'rootCause'->>'rootCause',
    model->'detection'->>'method')
$$`;

const PG_LABELS_FUNCTION = sql`
CREATE FUNCTION hindsight_search_labels(services jsonb, teams jsonb, tags jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT concat_ws(' ',
    (SELECT string_agg(v, ' ') FROM jsonb_array_elements_text(services) v),
    (SELECT string_agg(v, ' ') FROM jsonb_array_elements_text(teams) v),
    (SELECT string_agg(v, ' ') FROM jsonb_array_elements_text(tags) v))
$$`;

/**
 * The weighted document: title A, labels B, body D. 'english' stems like SQLite's porter
 * tokenizer and drops English stop words. Generated and stored, so PostgreSQL keeps it in
 * step on every write and fills it in for existing rows when the column is added.
 */
const PG_VECTOR: RawBuilder<unknown> = sql`
  setweight(to_tsvector('english'::regconfig, title), 'A') ||
  setweight(to_tsvector('english'::regconfig, hindsight_search_labels(services, teams, tags)), 'B') ||
  setweight(to_tsvector('english'::regconfig, hindsight_search_body(model)), 'D')`;

function postgresSearch(): Migration {
  return {
    async up(db) {
      await PG_BODY_FUNCTION.execute(db);
      await PG_LABELS_FUNCTION.execute(db);
      await sql`ALTER TABLE postmortems ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (${PG_VECTOR}) STORED`.execute(
        db,
      );
      await sql`CREATE INDEX postmortems_search_idx ON postmortems USING gin (search_vector)`.execute(
        db,
      );
    },
    async down(db) {
      await sql`DROP INDEX IF EXISTS postmortems_search_idx`.execute(db);
      await sql`ALTER TABLE postmortems DROP COLUMN IF EXISTS search_vector`.execute(db);
      await sql`DROP FUNCTION IF EXISTS hindsight_search_body(jsonb)`.execute(db);
      await sql`DROP FUNCTION IF EXISTS hindsight_search_labels(jsonb, jsonb, jsonb)`.execute(db);
    },
  };
}
