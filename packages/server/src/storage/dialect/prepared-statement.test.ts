import { CompiledQuery } from 'kysely';
import { describe, expect, it } from 'vitest';
import { PREPARED, prepared, preparedName } from './prepared-statement.js';

describe('prepared', () => {
  it('marks the text and keeps the parameters', () => {
    const query = prepared(CompiledQuery.raw('select $1', ['x']));
    expect(query.sql).toBe(`${PREPARED}select $1`);
    expect(query.parameters).toEqual(['x']);
  });

  it('names each marked text once, one name per text, and no unmarked text', () => {
    const a = `${PREPARED}select 1 as a_name_test`;
    const b = `${PREPARED}select 2 as a_name_test`;
    const first = preparedName(a);
    expect(first).toMatch(/^hindsight_\d+$/);
    expect(preparedName(a)).toBe(first);
    expect(preparedName(b)).not.toBe(first);
    expect(preparedName('select 1 as a_name_test')).toBeUndefined();
  });
});
