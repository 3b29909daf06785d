import type { Insertable, Kysely } from 'kysely';
import type { AuditAction, AuditLogTable, Database } from './database.js';
import type { DialectAdapter } from './dialect/dialect-adapter.js';
import type { AuditEntry } from './store-options.js';

/** One audit-log record as written. */
export interface AuditRecord {
  readonly at: string;
  readonly actor: string;
  readonly action: AuditAction;
  readonly postmortemId: string | null;
  readonly revision: number | null;
  readonly details?: Record<string, unknown>;
}

/** Appends to the audit log, inside the caller's transaction so the record and the change agree. */
export async function recordAudit(trx: Kysely<Database>, record: AuditRecord): Promise<void> {
  await trx.insertInto('audit_log').values(auditRow(record)).execute();
}

/** The `audit_log` row of a record, for writers that insert many at once. */
export function auditRow(record: AuditRecord): Insertable<AuditLogTable> {
  return {
    at: record.at,
    actor: record.actor,
    action: record.action,
    postmortem_id: record.postmortemId,
    revision: record.revision,
    details: record.details === undefined ? null : JSON.stringify(record.details),
  };
}

/** The latest audit records, newest first, of one postmortem or of all. */
export async function listAudit(
  db: Kysely<Database>,
  adapter: DialectAdapter,
  options: { postmortemId?: string; limit: number },
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (options.postmortemId !== undefined)
    query = query.where('postmortem_id', '=', options.postmortemId);
  const rows = await query.orderBy('id', 'desc').limit(options.limit).execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    postmortemId: row.postmortem_id,
    revision: row.revision,
    details: row.details === null ? null : adapter.decodeJson(row.details),
  }));
}
