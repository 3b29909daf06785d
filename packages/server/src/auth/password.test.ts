import { describe, expect, it } from 'vitest';
import { ARGON2_PARAMS, hashPassword, passwordProblem, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('hashes with argon2id at the documented parameters, with a fresh salt each time', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(ARGON2_PARAMS).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(second).not.toBe(first);
    expect(first).not.toContain('horse');
  });

  it('verifies the right password only, and treats a malformed hash as a mismatch', async () => {
    const stored = await hashPassword('correct horse battery staple');
    await expect(verifyPassword(stored, 'correct horse battery staple')).resolves.toBe(true);
    await expect(verifyPassword(stored, 'correct horse battery stapl')).resolves.toBe(false);
    await expect(verifyPassword(stored, '')).resolves.toBe(false);
    await expect(verifyPassword('not a hash', 'anything')).resolves.toBe(false);
  });

  it('asks for 12 to 256 characters, not one repeated, not containing the username', () => {
    expect(passwordProblem('short')).toMatch(/at least 12/);
    expect(passwordProblem('x'.repeat(257))).toMatch(/at most 256/);
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toMatch(/repeated/);
    expect(passwordProblem('my-name-is-Ada-Lovelace', 'ada')).toMatch(/username/);
    expect(passwordProblem('correct horse battery staple', 'ada')).toBeUndefined();
    // Counted in characters, not UTF-16 units: twelve emoji are twelve characters.
    expect(passwordProblem('🔑🗝️🔒🔓🔐🔏🛡️⚔️🏰🐉🦄🌈')).toBeUndefined();
  });
});
