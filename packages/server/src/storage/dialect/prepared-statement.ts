import { CompiledQuery } from 'kysely';

/**
 * Opens the SQL text of a query that PostgreSQL connections run as a named prepared
 * statement: parsed once per connection, its plan kept by the server, and each later run only
 * binds the parameters. For the short reads by key that the busiest routes ask many times a
 * second (a kept answer's revision check, the read of one postmortem), parsing and planning
 * were half of the PostgreSQL backend's CPU per query: 66 to 85 µs unnamed against 34 to 36 µs
 * named, one connection, 10,000 revision checks of four ids each (docs/benchmarks.md, API).
 *
 * Only texts marked by the caller are named, not every text Kysely makes: a named statement
 * lives as long as its connection, and a query whose best plan depends on its parameters (a
 * filtered list, a search) would risk PostgreSQL's generic plan. SQLite's statement cache
 * prepares every text once already; there the mark is only a comment. A marked text's rows
 * come back as objects: the mark is not combined with `rowsAsArrays`'.
 */
export const PREPARED = '/* prepared */ ';

/** The same query, marked to be run as a named prepared statement where the dialect has them. */
export function prepared<R>(query: CompiledQuery<R>): CompiledQuery<R> {
  return CompiledQuery.raw(PREPARED + query.sql, [...query.parameters]) as CompiledQuery<R>;
}

/** Statement names by text, shared by every connection of the process: a name means one text. */
const names = new Map<string, string>();

/** The statement name of `sql` when it is marked by {@link prepared}, else undefined. */
export function preparedName(sql: string): string | undefined {
  if (!sql.startsWith(PREPARED)) return undefined;
  let name = names.get(sql);
  if (name === undefined) names.set(sql, (name = `hindsight_${names.size + 1}`));
  return name;
}
