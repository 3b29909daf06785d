import type { FieldIssue } from '@hindsight/core';
import { InvalidInputError } from '../storage/errors.js';
import { ROLES } from '../storage/viewer.js';
import type { Role } from '../storage/viewer.js';
import { passwordProblem } from './password.js';

/** Letters, digits and `. _ @ + -`, starting with a letter or digit: safe in URLs and logs. */
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$/;
/** Names the storage layer already uses for writes no person made (`created_by`, actors). */
const RESERVED_USERNAMES = new Set(['system', 'import', 'anonymous']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Collects the issues of several fields, then throws them together. */
export class IssueList {
  readonly issues: FieldIssue[] = [];
  add(path: string, message: string | undefined): void {
    if (message !== undefined) this.issues.push({ path, message });
  }
  throwIfAny(): void {
    if (this.issues.length > 0) throw new InvalidInputError(this.issues);
  }
}

/** The unique key of a username or team name: compared without regard to case. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export function usernameProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !USERNAME.test(value))
    return 'expected 1 to 64 letters, digits or . _ @ + -, starting with a letter or digit';
  if (RESERVED_USERNAMES.has(value.toLowerCase())) return `"${value}" is reserved`;
  return undefined;
}

export function roleProblem(value: unknown): string | undefined {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
    ? undefined
    : `expected one of ${ROLES.join(', ')}`;
}

export function displayNameProblem(value: unknown): string | undefined {
  if (value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 100 || CONTROL.test(value))
    return 'expected 1 to 100 characters, or null';
  return undefined;
}

export function emailProblem(value: unknown): string | undefined {
  if (value === null) return undefined;
  if (typeof value !== 'string' || value.length > 254 || !EMAIL.test(value))
    return 'expected an e-mail address, or null';
  return undefined;
}

export function teamNameProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 100 || CONTROL.test(value))
    return 'expected 1 to 100 characters';
  if (value.trim() !== value) return 'must not start or end with spaces';
  return undefined;
}

export function newPasswordProblem(value: unknown, username?: string): string | undefined {
  if (typeof value !== 'string') return 'expected a string';
  return passwordProblem(value, username);
}

/** Narrows a value already checked by {@link roleProblem}. */
export function asRole(value: string): Role {
  return value as Role;
}
