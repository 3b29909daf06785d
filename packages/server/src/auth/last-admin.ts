import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.js';
import { AccountError } from './account-error.js';

/**
 * Refuses (and so rolls back) a change that leaves no active administrator, which would lock
 * everyone out of user management. Two concurrent changes to two different admins on
 * PostgreSQL could still both pass; `hindsight user create --admin` is the way back then.
 */
export async function assertAnAdminLeft(trx: Kysely<Database>): Promise<void> {
  const row = await trx
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow();
  if (Number(row.n) === 0)
    throw new AccountError('last_admin', 'this would leave no active administrator');
}
