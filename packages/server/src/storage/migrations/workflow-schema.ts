import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import type { DialectAdapter } from '../dialect/dialect-adapter.js';

/**
 * 0005: comments anchored to sections, and the review transitions of each postmortem. Both
 * cascade with their postmortem. Booleans are integers so that both dialects return numbers.
 */
export function workflowSchema(adapter: DialectAdapter): Migration {
  const { id, json, identity } = adapter.columns;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('comments')
        .addColumn('id', id.type, (c) => id.modify(c.primaryKey()))
        .addColumn('postmortem_id', id.type, (c) =>
          id.modify(c.notNull().references('postmortems.id').onDelete('cascade')),
        )
        .addColumn('parent_id', id.type, (c) =>
          id.modify(c.references('comments.id').onDelete('cascade')),
        )
        .addColumn('section_id', 'text', (c) => c.notNull())
        .addColumn('section_kind', 'text', (c) => c.notNull())
        .addColumn('section_heading', 'text', (c) => c.notNull())
        .addColumn('quote', 'text')
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('resolved', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('resolved_by', 'text')
        .addColumn('resolved_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .addColumn('deleted_by', 'text')
        .execute();
      await db.schema
        .createIndex('comments_postmortem_idx')
        .on('comments')
        .columns(['postmortem_id', 'created_at', 'id'])
        .execute();
      await db.schema
        .createIndex('comments_parent_idx')
        .on('comments')
        .column('parent_id')
        .execute();

      await db.schema
        .createTable('review_events')
        .addColumn('id', identity.type, identity.modify)
        .addColumn('postmortem_id', id.type, (c) =>
          id.modify(c.notNull().references('postmortems.id').onDelete('cascade')),
        )
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('reviewers', json.type, json.modify)
        .execute();
      await db.schema
        .createIndex('review_events_postmortem_idx')
        .on('review_events')
        .columns(['postmortem_id', 'id'])
        .execute();
      // The action-item board's orders (workflow/action-item-query.ts): each sort key with id,
      // so that a page walks an index instead of sorting every visible item. The expressions
      // must stay exactly those of SORT_KEYS for the planners to use them.
      await db.schema
        .createIndex('action_items_due_key_idx')
        .on('action_items')
        .expression(sql`coalesce(due, '9999-12-31'), id`)
        .execute();
      await db.schema
        .createIndex('action_items_priority_key_idx')
        .on('action_items')
        .expression(
          sql`(case priority when 'high' then 1 when 'medium' then 2 when 'low' then 3 else 4 end), id`,
        )
        .execute();
      for (const key of ['updated_at', 'created_at'])
        await db.schema
          .createIndex(`action_items_${key}_idx`)
          .on('action_items')
          .columns([key, 'id'])
          .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const index of ['due_key', 'priority_key', 'updated_at', 'created_at'])
        await db.schema.dropIndex(`action_items_${index}_idx`).ifExists().execute();
      await db.schema.dropTable('review_events').ifExists().execute();
      await db.schema.dropTable('comments').ifExists().execute();
    },
  };
}
