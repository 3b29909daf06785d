import { hash, verify } from '@node-rs/argon2';
import type { Algorithm } from '@node-rs/argon2';

/** `Algorithm.Argon2id`: the package's enum is a `const enum`, which plain imports cannot read. */
const ARGON2ID = 2 as Algorithm.Argon2id;

/**
 * argon2id parameters, as OWASP's password storage cheat sheet recommends for argon2id:
 * 19 MiB of memory, 2 passes, 1 lane: slow and memory-hard enough to make guessing costly,
 * fast enough for a sign-in (docs/auth.md has a measurement).
 */
export const ARGON2_PARAMS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const;

/** Shortest password accepted: long enough that guessing is hopeless without other rules. */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest password accepted: hashing is cheap per byte, but a megabyte "password" is abuse. */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * What is wrong with `password` as a new password for `username`, or undefined when it is
 * acceptable. The rules follow NIST SP 800-63B: a minimum length and no composition rules,
 * plus refusing the obvious (the username itself, one repeated character).
 */
export function passwordProblem(password: string, username?: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `at most ${MAX_PASSWORD_LENGTH} characters`;
  if (new Set(password).size === 1) return 'not one character repeated';
  if (username !== undefined && password.toLowerCase().includes(username.toLowerCase()))
    return 'must not contain the username';
  return undefined;
}

/** An argon2id PHC string of `password` with a fresh random salt. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

/**
 * Whether `password` matches `stored` (a PHC string). The comparison inside argon2 is in
 * constant time; a malformed hash is a mismatch, never an error.
 */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification against a throwaway hash. Signing in as an unknown
 * user calls it, so that response times do not tell which usernames exist.
 */
export async function verifyNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('hindsight-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}
