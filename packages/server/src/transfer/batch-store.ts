import { sql } from 'kysely';
import type { DatabaseHandle } from '../storage/create-database.js';
import type { DialectAdapter } from '../storage/dialect/dialect-adapter.js';
import { PostmortemStore } from '../storage/postmortem-store.js';
import type { StoreOptions } from '../storage/store-options.js';

/**
 * Runs `fn` with a PostmortemStore whose every write is a savepoint inside one transaction.
 * Each write stays all-or-nothing (a failed one rolls back to its savepoint and leaves no
 * trace), while the batch shares one commit: on SQLite with `synchronous=FULL` a commit is a
 * disk sync, and one sync per file would cap an import at a few dozen files a second. The
 * store does all the writing, so an import writes exactly what the API would.
 */
export async function inBatch<T>(
  handle: DatabaseHandle,
  fn: (store: PostmortemStore) => Promise<T>,
  storeOptions: StoreOptions = {},
): Promise<T> {
  return handle.adapter.writeTransaction(handle.db, async (trx) => {
    const adapter: DialectAdapter = {
      ...handle.adapter,
      async writeTransaction(_db, write) {
        await sql`savepoint hindsight_import_file`.execute(trx);
        try {
          const result = await write(trx);
          await sql`release savepoint hindsight_import_file`.execute(trx);
          return result;
        } catch (error) {
          await sql`rollback to savepoint hindsight_import_file`.execute(trx);
          await sql`release savepoint hindsight_import_file`.execute(trx);
          throw error;
        }
      },
    };
    const store = new PostmortemStore(
      { db: trx, adapter, close: () => Promise.resolve() },
      storeOptions,
    );
    return fn(store);
  });
}
