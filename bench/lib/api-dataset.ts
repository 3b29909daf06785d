import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePostmortem } from '@hindsight/core/markdown';
import {
  AccountStore,
  createDatabase,
  migrate,
  PostmortemStore,
  SQLITE_FILE_NAME,
} from '@hindsight/server';
import type { DatabaseConfig, DatabaseHandle } from '@hindsight/server';
import { sql } from 'kysely';
import pg from 'pg';
import { generatePostmortem } from '../../packages/core/src/test-support/generate-postmortem.js';

/** A loaded benchmark database and what the benchmark needs to query it. */
export interface ApiDataset {
  readonly config: DatabaseConfig;
  readonly count: number;
  /** An editor's API token, for `Authorization: Bearer …`. */
  readonly token: string;
  /** How long loading took, in ms (0 when an earlier run's database was reused). */
  readonly loadMs: number;
  readonly reused: boolean;
}

interface Sidecar {
  count: number;
  token: string;
  loadMs: number;
}

export interface DatasetOptions {
  readonly count: number;
  /** `bench/.data`: where the SQLite file and the notes on what it holds live. */
  readonly dataDir: string;
  /** A PostgreSQL URL to load into a schema of its own instead of SQLite. */
  readonly postgresUrl?: string;
  /**
   * How many distinct generated documents go through the store; the rest of `count` are
   * copies of them made in SQL. Default: all of them.
   */
  readonly distinct?: number;
  /** Load again even if a complete database of the same size is there. */
  readonly fresh?: boolean;
  readonly log: (line: string) => void;
}

/**
 * The PostgreSQL database a dataset of `count` postmortems lives in, beside the one `url`
 * names: a database of its own rather than a schema, because the server takes only a URL.
 */
export function benchDatabaseUrl(url: string, count: number): string {
  const u = new URL(url);
  u.pathname = `/hindsight_bench_api_${count}`;
  return u.toString();
}

/**
 * A database holding `count` postmortems, `generatePostmortem(0…count-1)` parsed by core and
 * written through the real `PostmortemStore` (rows, revisions, labels, timeline, action items,
 * search index, insights), plus an editor with an API token. Loading 100,000 takes minutes, so
 * a complete database from an earlier run with the same count is reused; migrations added
 * since then are applied to it as a server would at start.
 */
export async function prepareApiDataset(options: DatasetOptions): Promise<ApiDataset> {
  const { count, dataDir, log } = options;
  mkdirSync(dataDir, { recursive: true });
  const pgUrl = options.postgresUrl;
  const name = pgUrl === undefined ? `api-${count}` : `api-${count}-postgres`;
  const sidecarFile = join(dataDir, `${name}.json`);
  // The SQLite file is named as the server expects it in its data folder.
  mkdirSync(join(dataDir, name), { recursive: true });
  const config: DatabaseConfig =
    pgUrl === undefined
      ? { dialect: 'sqlite', file: join(dataDir, name, SQLITE_FILE_NAME) }
      : { dialect: 'postgres', url: benchDatabaseUrl(pgUrl, count) };

  const previous = options.fresh === true ? undefined : readSidecar(sidecarFile);
  if (previous?.count === count && (await holds(config, count))) {
    log(`api: reusing the ${count.toLocaleString('en-US')} postmortems loaded by an earlier run`);
    return { config, count, token: previous.token, loadMs: 0, reused: true };
  }

  rmSync(sidecarFile, { force: true });
  await resetStorage(config);
  const handle = createDatabase(config);
  try {
    await migrate(handle);
    // Loading only: no fsync per commit. The server reopens the file with its own settings
    // (synchronous=FULL), so what is measured afterwards is unaffected.
    if (config.dialect === 'sqlite') await sql`pragma synchronous = off`.execute(handle.db);
    const start = performance.now();
    // A base of distinct documents through the store, then copies made in SQL (see
    // cloneSqlite and clonePostgres).
    const distinct = Math.min(count, options.distinct ?? count);
    await loadPostmortems(handle, distinct, log);
    if (distinct < count)
      await (config.dialect === 'sqlite' ? cloneSqlite : clonePostgres)(
        handle,
        distinct,
        count,
        log,
      );
    const loadMs = performance.now() - start;
    const token = await editorToken(handle);
    writeFileSync(sidecarFile, `${JSON.stringify({ count, token, loadMs } satisfies Sidecar)}\n`);
    return { config, count, token, loadMs, reused: false };
  } finally {
    await handle.close();
  }
}

async function loadPostmortems(
  handle: DatabaseHandle,
  count: number,
  log: (line: string) => void,
): Promise<void> {
  const store = new PostmortemStore(handle);
  const start = performance.now();
  const every = Math.max(1000, Math.round(count / 20));
  for (let seed = 0; seed < count; seed++) {
    const { model } = parsePostmortem(generatePostmortem(seed));
    await store.create(model, { actor: 'bench' });
    if ((seed + 1) % every === 0 || seed + 1 === count) {
      const seconds = (performance.now() - start) / 1000;
      const rate = (seed + 1) / seconds;
      const left = (count - seed - 1) / rate;
      log(
        `api: loaded ${(seed + 1).toLocaleString('en-US')} postmortems, ` +
          `${Math.round(rate)}/s, about ${Math.round(left)} s to go`,
      );
    }
  }
}

/** A random version-4 UUID computed by SQLite, lower-case like newUuid's. */
const SQLITE_UUID =
  "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || " +
  "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || " +
  "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))";

/**
 * Brings a SQLite database of `distinct` postmortems up to `count` by copying them in SQL,
 * one copy of the whole base per transaction: new ids and slugs (`<slug>-c<n>`, also in the
 * stored model), and every row of every table that hangs off a postmortem (revisions, labels,
 * timeline, action items with new ids, insights, audit). The search index's triggers fire for
 * each copied postmortem as for any insert. Generating and parsing is most of the cost of a
 * load (about 8 ms of CPU a document here), so this makes 100,000 take minutes instead of
 * hours; the price is that the text index holds each document count/distinct times.
 */
async function cloneSqlite(
  handle: DatabaseHandle,
  distinct: number,
  count: number,
  log: (line: string) => void,
): Promise<void> {
  const db = handle.db;
  const run = (text: string) => sql.raw(text).execute(db);
  const columnsOf = async (table: string): Promise<{ name: string; pk: number; type: string }[]> =>
    (
      await sql<{
        name: string;
        pk: number;
        type: string;
      }>`select name, pk, type from pragma_table_info(${table})`.execute(db)
    ).rows;
  const tables = (
    await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'postmortem_search%' and name <> 'postmortems'`.execute(
      db,
    )
  ).rows.map((r) => r.name);
  const children: { table: string; columns: { name: string; pk: number; type: string }[] }[] = [];
  for (const table of tables) {
    const columns = await columnsOf(table);
    if (columns.some((c) => c.name === 'postmortem_id')) children.push({ table, columns });
  }
  const pmColumns = (await columnsOf('postmortems')).map((c) => c.name);
  await run('create temp table clone_base as select id, slug from postmortems');
  const start = performance.now();
  for (let copy = 1, made = distinct; made < count; copy++) {
    const take = Math.min(distinct, count - made);
    await db.transaction().execute(async (trx) => {
      const exec = (text: string) => sql.raw(text).execute(trx);
      await exec('drop table if exists temp.clone_map');
      await exec(
        `create temp table clone_map as select id as old_id, ${SQLITE_UUID} as new_id, ` +
          `slug || '-c${copy}' as new_slug from clone_base order by id limit ${take}`,
      );
      const pmSelect = pmColumns.map((c) =>
        c === 'id'
          ? 'm.new_id'
          : c === 'slug'
            ? 'm.new_slug'
            : c === 'model'
              ? "json_set(p.model, '$.slug', m.new_slug)"
              : `p."${c}"`,
      );
      await exec(
        `insert into postmortems (${pmColumns.map((c) => `"${c}"`).join(', ')}) ` +
          `select ${pmSelect.join(', ')} from postmortems p join clone_map m on p.id = m.old_id`,
      );
      for (const { table, columns } of children) {
        // An integer primary key of its own is left to SQLite; a text id gets a new UUID.
        const kept = columns.filter(
          (c) => !(c.name === 'id' && c.type.toLowerCase() === 'integer'),
        );
        const select = kept.map((c) =>
          c.name === 'postmortem_id'
            ? 'm.new_id'
            : c.name === 'id'
              ? SQLITE_UUID
              : c.name === 'model'
                ? "json_set(t.model, '$.slug', m.new_slug)"
                : `t."${c.name}"`,
        );
        await exec(
          `insert into "${table}" (${kept.map((c) => `"${c.name}"`).join(', ')}) ` +
            `select ${select.join(', ')} from "${table}" t join clone_map m on t.postmortem_id = m.old_id`,
        );
      }
    });
    made += take;
    const seconds = (performance.now() - start) / 1000;
    log(
      `api: ${made.toLocaleString('en-US')} postmortems (copy ${copy}), ${Math.round(seconds)} s of copying`,
    );
  }
}

/**
 * {@link cloneSqlite} for PostgreSQL, in the benchmark's own database: the same copies, with
 * `gen_random_uuid()` for ids and `jsonb_set` for the slug in the stored model. Generated
 * columns (the search vector) and identity columns are left to PostgreSQL. The base is kept
 * in a table of its own while copying, because a temporary table lives on one connection of
 * the pool only.
 */
async function clonePostgres(
  handle: DatabaseHandle,
  distinct: number,
  count: number,
  log: (line: string) => void,
): Promise<void> {
  const db = handle.db;
  const columnsOf = async (table: string): Promise<{ name: string; type: string }[]> =>
    (
      await sql<{ name: string; type: string; generated: string; identity: string }>`
        select column_name as name, data_type as type, is_generated as generated,
               is_identity as identity
        from information_schema.columns
        where table_schema = current_schema() and table_name = ${table}
        order by ordinal_position`.execute(db)
    ).rows.filter((c) => c.generated !== 'ALWAYS' && c.identity !== 'YES');
  const tables = (
    await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'
        and table_name <> 'postmortems' and table_name not like 'kysely_%'`.execute(db)
  ).rows.map((r) => r.name);
  const children: { table: string; columns: { name: string; type: string }[] }[] = [];
  for (const table of tables) {
    const columns = await columnsOf(table);
    if (columns.some((c) => c.name === 'postmortem_id')) children.push({ table, columns });
  }
  const pmColumns = (await columnsOf('postmortems')).map((c) => c.name);
  const newId = (type: string): string =>
    type === 'uuid' ? 'gen_random_uuid()' : 'gen_random_uuid()::text';
  await sql.raw('drop table if exists bench_clone_base').execute(db);
  await sql.raw('create table bench_clone_base as select id, slug from postmortems').execute(db);
  const start = performance.now();
  try {
    for (let copy = 1, made = distinct; made < count; copy++) {
      const take = Math.min(distinct, count - made);
      await db.transaction().execute(async (trx) => {
        const exec = (text: string) => sql.raw(text).execute(trx);
        await exec(
          `create temp table clone_map on commit drop as select id as old_id, ` +
            `gen_random_uuid() as new_id, slug || '-c${copy}' as new_slug ` +
            `from bench_clone_base order by id limit ${take}`,
        );
        const pmSelect = pmColumns.map((c) =>
          c === 'id'
            ? 'm.new_id'
            : c === 'slug'
              ? 'm.new_slug'
              : c === 'model'
                ? "jsonb_set(p.model, '{slug}', to_jsonb(m.new_slug))"
                : `p."${c}"`,
        );
        await exec(
          `insert into postmortems (${pmColumns.map((c) => `"${c}"`).join(', ')}) ` +
            `select ${pmSelect.join(', ')} from postmortems p join clone_map m on p.id = m.old_id`,
        );
        for (const { table, columns } of children) {
          const select = columns.map((c) =>
            c.name === 'postmortem_id'
              ? 'm.new_id'
              : c.name === 'id'
                ? newId(c.type)
                : c.name === 'model'
                  ? "jsonb_set(t.model, '{slug}', to_jsonb(m.new_slug))"
                  : `t."${c.name}"`,
          );
          await exec(
            `insert into "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')}) ` +
              `select ${select.join(', ')} from "${table}" t join clone_map m on t.postmortem_id = m.old_id`,
          );
        }
      });
      made += take;
      const seconds = (performance.now() - start) / 1000;
      log(
        `api: ${made.toLocaleString('en-US')} postmortems (copy ${copy}), ${Math.round(seconds)} s of copying`,
      );
    }
  } finally {
    await sql.raw('drop table if exists bench_clone_base').execute(db);
  }
  // VACUUM as well as ANALYZE: a live database is vacuumed by autovacuum, which sets the
  // visibility map that index-only scans rely on; a freshly copied table has none, and
  // PostgreSQL installs may run with autovacuum off (this machine's does). Without it the read
  // of where search's span starts fetched 16,800 table rows (14 ms instead of 2).
  await sql.raw('vacuum (analyze)').execute(db);
}

async function editorToken(handle: DatabaseHandle): Promise<string> {
  const accounts = new AccountStore(handle);
  const user = await accounts.users.create(
    { username: 'bench-editor', password: 'bench-password-1234', role: 'editor' },
    { actor: 'system' },
  );
  const { secret } = await accounts.tokens.create(user, { name: 'bench' }, { actor: 'system' });
  return secret;
}

/** True when the database is there and holds exactly `count` postmortems. */
async function holds(config: DatabaseConfig, count: number): Promise<boolean> {
  if (config.dialect === 'sqlite' && !existsSync(config.file)) return false;
  const handle = createDatabase(config);
  try {
    await migrate(handle);
    const row = await handle.db
      .selectFrom('postmortems')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n) === count;
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}

async function resetStorage(config: DatabaseConfig): Promise<void> {
  if (config.dialect === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${config.file}${suffix}`, { force: true });
    return;
  }
  const target = new URL(config.url);
  const admin = new URL(config.url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const name = client.escapeIdentifier(decodeURIComponent(target.pathname.slice(1)));
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

function readSidecar(file: string): Sidecar | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Sidecar;
  } catch {
    return undefined;
  }
}

/**
 * Writes every stored postmortem's canonical Markdown (the `markdown` column, what an export
 * writes) under `dir`, 1,000 to a folder; returns how many files were written.
 */
export async function writeStoredMarkdown(
  config: DatabaseConfig,
  dir: string,
  limit?: number,
): Promise<number> {
  const handle = createDatabase(config);
  let written = 0;
  try {
    const pageSize = 2000;
    let after = '';
    for (;;) {
      const rows = await handle.db
        .selectFrom('postmortems')
        .select(['slug', 'markdown'])
        .where('slug', '>', after)
        .orderBy('slug')
        .limit(pageSize)
        .execute();
      for (const row of rows) {
        if (limit !== undefined && written >= limit) return written;
        const folder = join(dir, String(Math.floor(written / 1000)).padStart(3, '0'));
        if (written % 1000 === 0) mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, `${row.slug}.md`), row.markdown);
        written++;
      }
      const last = rows.at(-1);
      if (last === undefined || rows.length < pageSize) return written;
      after = last.slug;
    }
  } finally {
    await handle.close();
  }
}
