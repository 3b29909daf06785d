import type { Postmortem } from '@hindsight/core';
import { sql } from 'kysely';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from './database.js';

/** What a user may do, from most to least: each role can do what the ones after it can. */
export const ROLES = ['admin', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is reading. Every query that returns postmortems, or anything derived from them (lists,
 * search, counts, metrics, action items, exports), takes a viewer and shows only what the
 * viewer may see. `system` is for the CLI working on a database directly (import, export,
 * migrate): it sees everything, as the owner of the file does anyway.
 */
export interface Viewer {
  readonly kind: 'user' | 'system';
  /** The user's id (`system` for the system viewer). */
  readonly id: string;
  /** The name written as the actor of the viewer's writes, and matched against the model's names. */
  readonly username: string;
  /** Other names the user goes by in documents (display name, e-mail), matched like `username`. */
  readonly aliases: readonly string[];
  readonly role: Role;
  /** Names of the teams the user belongs to. */
  readonly teams: readonly string[];
}

/** The CLI's viewer on a database it opened itself: sees every postmortem. */
export const SYSTEM_VIEWER: Viewer = {
  kind: 'system',
  id: 'system',
  username: 'system',
  aliases: [],
  role: 'admin',
  teams: [],
};

/** The names a viewer is known by, as written in `created_by` and in the model's name lists. */
export function viewerNames(viewer: Viewer): string[] {
  return [...new Set([viewer.username, ...viewer.aliases].filter((n) => n !== ''))];
}

/** What {@link mayView} reads of a postmortem's model. */
export type AccessFields = Pick<
  Postmortem,
  'visibility' | 'authors' | 'reviewers' | 'distribution' | 'teams'
>;

/**
 * Whether `viewer` may see a postmortem, decided in memory. `internal` and `public` ones are
 * seen by every signed-in user. A `restricted` one is seen only by the people it names (its
 * creator, authors, reviewers and distribution list) and the members of its teams; nobody
 * else, admins included (docs/auth.md says why). Must agree with {@link canSee}.
 */
export function mayView(
  viewer: Viewer,
  postmortem: { readonly model: AccessFields; readonly createdBy: string },
): boolean {
  if (viewer.kind === 'system') return true;
  const { model } = postmortem;
  if (model.visibility !== 'restricted') return true;
  const names = new Set(viewerNames(viewer));
  if (names.has(postmortem.createdBy)) return true;
  for (const list of [model.authors, model.reviewers, model.distribution])
    if (list.some((n) => names.has(n))) return true;
  return model.teams.some((t) => viewer.teams.includes(t));
}

/**
 * The same rule as {@link mayView}, as a condition on the `postmortems` table, for any query
 * that has it in scope: `query.where(canSee(viewer))`. It reads the derived label rows
 * (`author`, `reviewer`, `reader` and `team`), so it is one indexed EXISTS per row.
 */
export function canSee(
  viewer: Viewer,
): (eb: ExpressionBuilder<Database, 'postmortems'>) => Expression<SqlBool> {
  return (eb) => {
    if (viewer.kind === 'system') return sql<SqlBool>`1 = 1`;
    const names = viewerNames(viewer);
    return eb.or([
      eb('postmortems.visibility', '<>', 'restricted'),
      eb('postmortems.created_by', 'in', names),
      eb.exists(
        eb
          .selectFrom('postmortem_labels')
          .select('postmortem_labels.postmortem_id')
          .whereRef('postmortem_labels.postmortem_id', '=', 'postmortems.id')
          .where((l) =>
            l.or([
              l.and([
                l('postmortem_labels.kind', 'in', ['author', 'reviewer', 'reader']),
                l('postmortem_labels.value', 'in', names),
              ]),
              ...(viewer.teams.length === 0
                ? []
                : [
                    l.and([
                      l('postmortem_labels.kind', '=', 'team'),
                      l('postmortem_labels.value', 'in', [...viewer.teams]),
                    ]),
                  ]),
            ]),
          ),
      ),
    ]);
  };
}
