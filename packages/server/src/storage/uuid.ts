import { randomUUID } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` has the shape of a UUID. Ids are checked before they reach a query, because
 * PostgreSQL's `uuid` column rejects anything else with an error instead of finding nothing.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A new random (version 4) UUID, lower-case as both dialects return it. */
export function newUuid(): string {
  return randomUUID();
}
