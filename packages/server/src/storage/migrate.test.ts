import { describe, expect, it } from 'vitest';
import { anotherSchemaVanished } from './migrate.js';

/** A failed run as migrate reports it: its own Error, with the driver's error as the cause. */
function failedRun(cause: unknown): Error {
  return new Error('database migration  failed', { cause });
}

function pgError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('anotherSchemaVanished', () => {
  it('is true when the introspection lost another schema of the database', () => {
    const vanished = failedRun(pgError('3F000', 'schema "t_other" does not exist'));
    expect(anotherSchemaVanished(vanished, 't_mine')).toBe(true);
    expect(anotherSchemaVanished(vanished, undefined)).toBe(true);
  });

  it('is false for our own schema, other codes and other errors', () => {
    expect(
      anotherSchemaVanished(
        failedRun(pgError('3F000', 'schema "t_mine" does not exist')),
        't_mine',
      ),
    ).toBe(false);
    expect(
      anotherSchemaVanished(failedRun(pgError('42P01', 'relation "x" does not exist')), 't_mine'),
    ).toBe(false);
    expect(anotherSchemaVanished(new Error('schema "t_other" does not exist'), 't_mine')).toBe(
      false,
    );
    expect(anotherSchemaVanished('3F000', undefined)).toBe(false);
  });
});
