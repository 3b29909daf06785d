export { createDatabase } from './create-database.js';
export type { DatabaseConfig, DatabaseHandle } from './create-database.js';
export {
  openDatabase,
  databaseConfig,
  DEFAULT_DATA_DIR,
  SQLITE_FILE_NAME,
} from './open-database.js';
export type { OpenDatabaseOptions } from './open-database.js';
export { migrate } from './migrate.js';
export type { MigrateResult } from './migrate.js';
export type { Database } from './database.js';
export type {
  ColumnSpec,
  ColumnTypes,
  DialectAdapter,
  DialectCapabilities,
} from './dialect/dialect-adapter.js';
export { sqliteAdapter } from './dialect/sqlite-adapter.js';
export type { SqliteConfig } from './dialect/sqlite-adapter.js';
export { postgresAdapter } from './dialect/postgres-adapter.js';
export type { PostgresConfig } from './dialect/postgres-adapter.js';
export { PostmortemStore } from './postmortem-store.js';
export type {
  AuditEntry,
  DeleteOptions,
  GetOptions,
  ReadOptions,
  StoreOptions,
  UpdateOptions,
  WriteOptions,
} from './store-options.js';
export type {
  Page,
  PostmortemSummary,
  RevisionInfo,
  StoredPostmortem,
  StoredRevision,
} from './stored-postmortem.js';
export { listOptionsSchema, SORTS } from './list-options.js';
export type { ListOptions, SortKey } from './list-options.js';
export {
  StorageError,
  NotFoundError,
  ConflictError,
  SlugTakenError,
  InvalidInputError,
} from './errors.js';
export type { StorageErrorCode } from './errors.js';
export { ROLES, SYSTEM_VIEWER, canSee, mayView, viewerNames } from './viewer.js';
export type { Role, Viewer } from './viewer.js';
export { searchPostmortems } from './search-postmortems.js';
export type { SearchHit, SearchOptions } from './search-postmortems.js';
export type { HighlightedText } from './search-highlight.js';
export { searchFiltersSchema, MAX_QUERY_LENGTH } from './search-options.js';
export type { SearchFilters } from './search-options.js';
export { listFilters } from './list-filters.js';
export type { ListFilters } from './list-filters.js';
