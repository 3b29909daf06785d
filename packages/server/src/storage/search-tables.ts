/**
 * SQLite's full-text index (FTS5, migration 0004): one row per postmortem, keyed by
 * `postmortem_search_keys.doc`. PostgreSQL has no such tables: its index is the generated
 * `postmortems.search_vector` column. Only the SQLite search path reads these.
 */
export interface PostmortemSearchTable {
  rowid: number;
  title: string;
  body: string;
  labels: string;
  /** FTS5's hidden rank column: the configured bm25, lower is better. */
  rank: number;
}

/** The stable integer key of each postmortem in the FTS5 index. */
export interface PostmortemSearchKeysTable {
  doc: number;
  postmortem_id: string;
}
