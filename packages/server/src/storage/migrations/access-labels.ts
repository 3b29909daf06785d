import type { Kysely, Migration } from 'kysely';
import type { DialectAdapter } from '../dialect/dialect-adapter.js';

/** Rows read per batch while back-filling: keeps memory flat on a large database. */
const BATCH = 500;

/**
 * 0002: label rows for each postmortem's reviewers (`reviewer`) and distribution list
 * (`reader`), which the access check of restricted postmortems reads. New writes derive them
 * (`deriveLabels`); this fills them in for postmortems stored before. Only the model's JSON
 * is read, so the migration does not depend on today's model code.
 */
export function accessLabels(adapter: DialectAdapter): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const trx = db as Kysely<AccessLabelTables>;
      let after: string | undefined;
      for (;;) {
        let query = trx.selectFrom('postmortems').select(['id', 'model']);
        // Ids are UUIDs on PostgreSQL, so there is no "smaller than all" text to start from.
        if (after !== undefined) query = query.where('id', '>', after);
        const rows = await query.orderBy('id').limit(BATCH).execute();
        if (rows.length === 0) break;
        const labels: { postmortem_id: string; kind: string; value: string }[] = [];
        for (const row of rows) {
          const model = adapter.decodeJson(row.model) as Record<string, unknown>;
          for (const [kind, key] of [
            ['reviewer', 'reviewers'],
            ['reader', 'distribution'],
          ] as const) {
            const names = Array.isArray(model[key]) ? (model[key] as unknown[]) : [];
            for (const value of new Set(names.filter((n): n is string => typeof n === 'string')))
              labels.push({ postmortem_id: row.id, kind, value });
          }
        }
        for (let i = 0; i < labels.length; i += 200)
          await trx
            .insertInto('postmortem_labels')
            .values(labels.slice(i, i + 200))
            .execute();
        after = rows[rows.length - 1]?.id;
      }
    },
  };
}

/** The two tables as this migration knows them. */
interface AccessLabelTables {
  postmortems: { id: string; model: unknown };
  postmortem_labels: { postmortem_id: string; kind: string; value: string };
}
