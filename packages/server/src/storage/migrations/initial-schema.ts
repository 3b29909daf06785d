import type { Kysely, Migration } from 'kysely';
import type { DialectAdapter } from '../dialect/dialect-adapter.js';

/**
 * 0001: postmortems with their derived columns, revisions, labels, action items, timeline
 * entries and the audit log. Timestamps are ISO 8601 UTC text on both dialects
 * (docs/storage.md says why). Written against the schema builder, not `Database`, because a
 * migration must keep meaning what it meant when it shipped.
 */
export function initialSchema(adapter: DialectAdapter): Migration {
  const { id, json, float, sortText, identity } = adapter.columns;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('postmortems')
        .addColumn('id', id.type, (c) => id.modify(c.primaryKey()))
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('title_key', sortText.type, (c) => sortText.modify(c.notNull()))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('severity', 'text')
        .addColumn('severity_rank', 'integer', (c) => c.notNull())
        .addColumn('visibility', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('date_key', sortText.type, (c) => sortText.modify(c.notNull()))
        .addColumn('timezone', 'text')
        .addColumn('template', 'text')
        .addColumn('impact_started_at', 'text')
        .addColumn('detected_at', 'text')
        .addColumn('responded_at', 'text')
        .addColumn('mitigated_at', 'text')
        .addColumn('resolved_at', 'text')
        .addColumn('duration_minutes', float.type, float.modify)
        .addColumn('minutes_to_detect', float.type, float.modify)
        .addColumn('minutes_to_respond', float.type, float.modify)
        .addColumn('minutes_to_mitigate', float.type, float.modify)
        .addColumn('follow_up_date', 'text')
        .addColumn('services', json.type, (c) => json.modify(c.notNull()))
        .addColumn('teams', json.type, (c) => json.modify(c.notNull()))
        .addColumn('tags', json.type, (c) => json.modify(c.notNull()))
        .addColumn('authors', json.type, (c) => json.modify(c.notNull()))
        .addColumn('model', json.type, (c) => json.modify(c.notNull()))
        .addColumn('markdown', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('created_at', sortText.type, (c) => sortText.modify(c.notNull()))
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', sortText.type, (c) => sortText.modify(c.notNull()))
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addColumn('deleted_at', sortText.type, sortText.modify)
        .addColumn('deleted_by', 'text')
        // Slugs stay taken while a postmortem is in the trash, so that restoring it never clashes.
        .addUniqueConstraint('postmortems_slug_key', ['slug'])
        .execute();
      // One index per list order, each ending in id: the keyset pagination's tie-breaker.
      for (const key of ['updated_at', 'created_at', 'date_key', 'title_key', 'severity_rank']) {
        await db.schema
          .createIndex(`postmortems_${key}_idx`)
          .on('postmortems')
          .columns([key, 'id'])
          .execute();
      }
      await db.schema
        .createIndex('postmortems_deleted_at_idx')
        .on('postmortems')
        .columns(['deleted_at', 'id'])
        .execute();
      await db.schema
        .createIndex('postmortems_status_idx')
        .on('postmortems')
        .columns(['status', 'severity'])
        .execute();
      await db.schema
        .createIndex('postmortems_date_idx')
        .on('postmortems')
        .column('date')
        .execute();

      await db.schema
        .createTable('revisions')
        .addColumn('postmortem_id', id.type, (c) =>
          id.modify(c.notNull().references('postmortems.id').onDelete('cascade')),
        )
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('model', json.type, (c) => json.modify(c.notNull()))
        .addColumn('markdown', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('summary', 'text')
        .addPrimaryKeyConstraint('revisions_pkey', ['postmortem_id', 'number'])
        .execute();

      await db.schema
        .createTable('postmortem_labels')
        .addColumn('postmortem_id', id.type, (c) =>
          id.modify(c.notNull().references('postmortems.id').onDelete('cascade')),
        )
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('postmortem_labels_pkey', ['postmortem_id', 'kind', 'value'])
        .execute();
      await db.schema
        .createIndex('postmortem_labels_value_idx')
        .on('postmortem_labels')
        .columns(['kind', 'value', 'postmortem_id'])
        .execute();

      await db.schema
        .createTable('action_items')
        .addColumn('id', id.type, (c) => id.modify(c.primaryKey()))
        .addColumn('postmortem_id', id.type, (c) =>
          id.modify(c.notNull().references('postmortems.id').onDelete('cascade')),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('type', 'text')
        .addColumn('owner', 'text')
        .addColumn('due', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('priority', 'text')
        .addColumn('link', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('action_items_postmortem_idx')
        .on('action_items')
        .columns(['postmortem_id', 'position'])
        .execute();
      await db.schema
        .createIndex('action_items_owner_idx')
        .on('action_items')
        .columns(['owner', 'status'])
        .execute();
      await db.schema
        .createIndex('action_items_due_idx')
        .on('action_items')
        .columns(['status', 'due'])
        .execute();

      await db.schema
        .createTable('timeline_entries')
        .addColumn('postmortem_id', id.type, (c) =>
          id.modify(c.notNull().references('postmortems.id').onDelete('cascade')),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('at', 'text')
        .addColumn('time_text', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('timeline_entries_pkey', ['postmortem_id', 'position'])
        .execute();
      await db.schema
        .createIndex('timeline_entries_kind_idx')
        .on('timeline_entries')
        .columns(['kind', 'at'])
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', identity.type, identity.modify)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        // No foreign key: the record of a postmortem outlives the postmortem.
        .addColumn('postmortem_id', id.type, id.modify)
        .addColumn('revision', 'integer')
        .addColumn('details', json.type, json.modify)
        .execute();
      await db.schema
        .createIndex('audit_log_postmortem_idx')
        .on('audit_log')
        .columns(['postmortem_id', 'id'])
        .execute();
      await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of [
        'audit_log',
        'timeline_entries',
        'action_items',
        'postmortem_labels',
        'revisions',
        'postmortems',
      ]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  };
}
