import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A new random secret: 32 bytes (256 bits) as base64url, with an optional prefix that says
 * what it is (`hs_` for API tokens, so that secret scanners and people recognise them).
 */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * Hex SHA-256 of a secret: what the database keeps of sessions and tokens. A fast hash is
 * enough here (unlike passwords) because the secrets are 256 random bits: there is nothing
 * to guess, and a leaked table does not give working secrets. It runs on every API request
 * (the sign-in cache is keyed by it), hence the one-shot `hash` rather than a Hash object.
 */
export function sha256Hex(secret: string): string {
  return hash('sha256', secret, 'hex');
}

/** Compares two strings in time that depends on their length only, not on where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
