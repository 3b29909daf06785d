import type { Role } from '../storage/viewer.js';
import {
  IssueList,
  asRole,
  displayNameProblem,
  emailProblem,
  newPasswordProblem,
  roleProblem,
  usernameProblem,
} from './account-input.js';

/** A new account. */
export interface NewUser {
  readonly username: string;
  readonly password: string;
  readonly role: Role;
  readonly displayName?: string | null | undefined;
  readonly email?: string | null | undefined;
}

/** Changes an administrator may make to an account; absent fields stay as they are. */
export interface UserChanges {
  readonly role?: Role | undefined;
  readonly disabled?: boolean | undefined;
  readonly displayName?: string | null | undefined;
  readonly email?: string | null | undefined;
}

/** A new account whose fields passed {@link checkNewUser}. */
export interface CheckedNewUser {
  readonly username: string;
  readonly password: string;
  readonly role: Role;
  readonly displayName: string | null;
  readonly email: string | null;
}

/** Checks a new account; `invalid_input` names each field at fault. */
export function checkNewUser(input: NewUser): CheckedNewUser {
  const issues = new IssueList();
  issues.add('username', usernameProblem(input.username));
  issues.add('password', newPasswordProblem(input.password, input.username));
  issues.add('role', roleProblem(input.role));
  if (input.displayName !== undefined)
    issues.add('displayName', displayNameProblem(input.displayName));
  if (input.email !== undefined) issues.add('email', emailProblem(input.email));
  issues.throwIfAny();
  return {
    username: input.username,
    password: input.password,
    role: asRole(input.role),
    displayName: input.displayName?.trim() ?? null,
    email: input.email ?? null,
  };
}

/** Checks the fields of an account change; `invalid_input` names each one at fault. */
export function checkUserChanges(changes: UserChanges): void {
  const issues = new IssueList();
  if (changes.role !== undefined) issues.add('role', roleProblem(changes.role));
  if (changes.disabled !== undefined && typeof changes.disabled !== 'boolean')
    issues.add('disabled', 'expected true or false');
  if (changes.displayName !== undefined)
    issues.add('displayName', displayNameProblem(changes.displayName));
  if (changes.email !== undefined) issues.add('email', emailProblem(changes.email));
  issues.throwIfAny();
}
