import type { DatabaseHandle } from '../../storage/create-database.js';
import type { AuditEntry } from '../../storage/store-options.js';
import { canSee } from '../../storage/viewer.js';
import type { Viewer } from '../../storage/viewer.js';

/**
 * A page of the audit log, newest first, keyed by record id (`before` is the last id of the
 * previous page). Everyone gets only the records of postmortems they may see, decided in the
 * query by the same rule as every list, so a restricted postmortem's history never shows to
 * someone it does not name; admins also get the records that concern no postmortem (accounts).
 */
export async function listVisibleAudit(
  handle: DatabaseHandle,
  viewer: Viewer,
  options: { postmortemId?: string | undefined; limit: number; before?: number | undefined },
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  let query = handle.db.selectFrom('audit_log').selectAll();
  if (options.postmortemId !== undefined)
    query = query.where('postmortem_id', '=', options.postmortemId);
  if (options.before !== undefined) query = query.where('id', '<', options.before);
  if (viewer.kind !== 'system') {
    // Admins also read the account records (no postmortem); a restricted postmortem's records
    // stay hidden from them unless it names them, as everywhere else.
    const visible = handle.db
      .selectFrom('postmortems')
      .select('postmortems.id')
      .where(canSee(viewer));
    query =
      viewer.role === 'admin'
        ? query.where((eb) =>
            eb.or([eb('postmortem_id', 'is', null), eb('postmortem_id', 'in', visible)]),
          )
        : query.where('postmortem_id', 'in', visible);
  }
  const rows = await query
    .orderBy('id', 'desc')
    .limit(options.limit + 1)
    .execute();
  const page = rows.slice(0, options.limit);
  return {
    items: page.map((row) => ({
      id: row.id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      postmortemId: row.postmortem_id,
      revision: row.revision,
      details: row.details === null ? null : handle.adapter.decodeJson(row.details),
    })),
    nextCursor: rows.length > options.limit ? String(page[page.length - 1]?.id ?? '') : null,
  };
}
