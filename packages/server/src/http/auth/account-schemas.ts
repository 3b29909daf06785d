import { z } from 'zod';
import { ROLES } from '../../storage/viewer.js';

/** An account as the API shows it (never its password hash). */
export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string().nullable(),
    email: z.string().nullable(),
    role: z.enum(ROLES),
    disabled: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();

/**
 * What others see of an account in the directory: enough to name someone, and for editors
 * the role, so that they are offered as reviewers only people who may review.
 */
export const userSummarySchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string().nullable(),
    role: z
      .enum(ROLES)
      .optional()
      .describe('only for editors, who pick reviewers (reviewing needs reviewer or above)'),
  })
  .strict();

/** `GET /api/users`: accounts in full for admins, the directory's entries for others. */
export const userListSchema = z
  .object({ items: z.array(z.union([userSchema, userSummarySchema])) })
  .strict();

/** Who is signed in, how, and what an unsafe request of theirs must send. */
export const meSchema = z
  .object({
    user: userSchema,
    /** The role requests act with (an API token may carry less than the account). */
    role: z.enum(ROLES),
    teams: z.array(z.string()),
    via: z.enum(['session', 'token']),
    /** Present for sessions: send it in `X-CSRF-Token` on POST, PUT, PATCH and DELETE. */
    csrfToken: z.string().optional(),
    /** When the session or token ends, if it does. */
    expiresAt: z.string().nullable(),
  })
  .strict();

export const teamSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    members: z.array(z.string()),
  })
  .strict();

export const apiTokenSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    username: z.string(),
    name: z.string(),
    prefix: z.string(),
    role: z.enum(ROLES),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .strict();

/** Usernames and passwords as requests carry them; the stores check the rules. */
export const usernameField = z.string().min(1).max(64);
export const passwordField = z.string().min(1).max(1024);
export const displayNameField = z.string().min(1).max(100).nullable();
export const emailField = z.string().min(3).max(254).nullable();

export const idParams = z.object({ id: z.string().min(1).max(100) }).strict();

/** A new account (`POST /api/users`, admins). */
export const createUserSchema = z
  .object({
    username: usernameField,
    password: passwordField,
    role: z.enum(ROLES),
    displayName: displayNameField.optional(),
    email: emailField.optional(),
  })
  .strict();

/** A change to an account (`PATCH /api/users/:id`, admins). */
export const updateUserSchema = z
  .object({
    role: z.enum(ROLES).optional(),
    disabled: z.boolean().optional(),
    displayName: displayNameField.optional(),
    email: emailField.optional(),
  })
  .strict();
