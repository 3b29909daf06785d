import type { Kysely } from 'kysely';
import type { AuditAction, Database } from './database.js';
import type { Viewer } from './viewer.js';

/** Who is writing. Every write is recorded with its actor in the revisions and the audit log. */
export interface WriteOptions {
  /** A user id or name, or `system`/`import` for writes no person made. */
  readonly actor: string;
}

/** A change to an existing postmortem, based on the revision the writer last read. */
export interface UpdateOptions extends WriteOptions {
  /** The revision the change was made on; the write fails if it is no longer current. */
  readonly baseRevision: number;
  /** What changed, in a few words, shown in the history. */
  readonly summary?: string | undefined;
  /**
   * The audit record's action and details, when the change is a named operation (adding an
   * action item, publishing) rather than an edit of the whole document.
   */
  readonly audit?: { action: AuditAction; details?: Record<string, unknown> } | undefined;
  /**
   * Runs inside the write's transaction after the revision and derived rows are written, so
   * that rows kept beside the document (a review transition) commit or fail with it.
   */
  readonly inTransaction?:
    | ((
        trx: Kysely<Database>,
        written: { id: string; revision: number; at: string },
      ) => Promise<void>)
    | undefined;
}

/** Moving to the trash; with `baseRevision`, only if nobody changed it meanwhile. */
export interface DeleteOptions extends WriteOptions {
  readonly baseRevision?: number | undefined;
}

/**
 * Who is reading. The storage layer trusts its caller: without a viewer it reads as
 * `SYSTEM_VIEWER` (everything), which is right for the CLI on its own database. The HTTP
 * layer always passes the request's viewer.
 */
export interface ReadOptions {
  readonly viewer?: Viewer | undefined;
}

/** Reading one postmortem. */
export interface GetOptions extends ReadOptions {
  /** Find it in the trash too (default: live postmortems only). */
  readonly includeDeleted?: boolean;
}

/** One audit-log record as read back. */
export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly action: AuditAction;
  readonly postmortemId: string | null;
  readonly revision: number | null;
  readonly details: unknown;
}

/** Test seams: the clock and the id generator. */
export interface StoreOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
  /**
   * Bytes of recently read postmortems' JSON answers to keep for `getJson` (answer-cache.ts);
   * 0 or unset keeps none. The server passes its `READ_CACHE_SIZE`.
   */
  readonly answerCacheBytes?: number;
}
