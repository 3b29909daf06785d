import type { CommandDefinition, OptionDefinition } from '../command-definition.js';
import { usageError } from '../cli-error.js';
import { argumentAt, flagOption, stringOption } from '../option-values.js';

function requiredArgument(args: readonly unknown[], index: number, name: string): string {
  const value = argumentAt(args, index);
  if (value === undefined) throw usageError(`Missing ${name}.`);
  return value;
}

/** `--data-dir` and `--database-url`, as `serve` takes them. */
const DATABASE_OPTIONS: OptionDefinition[] = [
  {
    flags: '--data-dir <dir>',
    description: 'folder of the SQLite database (default: HINDSIGHT_DATA_DIR, else ./data)',
  },
  {
    flags: '--database-url <url>',
    description: 'postgres://… to use PostgreSQL (default: DATABASE_URL)',
  },
];

function databaseFlags(o: Readonly<Record<string, unknown>>): {
  dataDir: string | undefined;
  databaseUrl: string | undefined;
} {
  return { dataDir: stringOption(o, 'dataDir'), databaseUrl: stringOption(o, 'databaseUrl') };
}

/** Accounts and API tokens in the server's database (docs/auth.md). */
export const ACCOUNT_COMMANDS: readonly CommandDefinition[] = [
  {
    name: 'user create',
    arguments: [{ syntax: '<username>', description: 'letters, digits and . _ @ + -' }],
    summary: 'create an account in the server database (the first admin, too)',
    options: [
      { flags: '--admin', description: 'make it an administrator (same as --role admin)' },
      {
        flags: '--role <role>',
        description: 'admin, editor, reviewer or viewer (default: viewer)',
      },
      { flags: '--display-name <name>', description: 'the name shown in the app' },
      { flags: '--email <address>', description: 'an e-mail address' },
      {
        flags: '--password-stdin',
        description: 'read the password from standard input (otherwise asked, hidden)',
      },
      { flags: '--json', description: 'print the account as JSON' },
      ...DATABASE_OPTIONS,
    ],
    examples: [
      ['hindsight user create ada --admin', 'the first administrator; asks for the password'],
      [
        'printf %s "$PW" | hindsight user create ci-bot --role editor --password-stdin',
        'in a script',
      ],
    ],
    run: async (args, o, io) =>
      (await import('./user.js')).runUserCreate(
        {
          username: requiredArgument(args, 0, 'the username'),
          admin: flagOption(o, 'admin'),
          role: stringOption(o, 'role'),
          displayName: stringOption(o, 'displayName'),
          email: stringOption(o, 'email'),
          passwordStdin: flagOption(o, 'passwordStdin'),
          json: flagOption(o, 'json'),
          ...databaseFlags(o),
        },
        io,
      ),
  },
  {
    name: 'user list',
    arguments: [],
    summary: 'list the accounts with their roles',
    options: [{ flags: '--json', description: 'print the list as JSON' }, ...DATABASE_OPTIONS],
    examples: [['hindsight user list --json', 'every account, for scripts']],
    run: async (_args, o, io) =>
      (await import('./user.js')).runUserList(
        { json: flagOption(o, 'json'), ...databaseFlags(o) },
        io,
      ),
  },
  {
    name: 'user set-role',
    arguments: [
      { syntax: '<username>', description: 'the account' },
      { syntax: '<role>', description: 'admin, editor, reviewer or viewer' },
    ],
    summary: "change an account's role",
    options: [{ flags: '--json', description: 'print the account as JSON' }, ...DATABASE_OPTIONS],
    examples: [['hindsight user set-role ada editor', 'ada can edit but no longer administer']],
    run: async (args, o, io) =>
      (await import('./user.js')).runUserSetRole(
        {
          username: requiredArgument(args, 0, 'the username'),
          role: requiredArgument(args, 1, 'the role'),
          json: flagOption(o, 'json'),
          ...databaseFlags(o),
        },
        io,
      ),
  },
  {
    name: 'token create',
    arguments: [
      { syntax: '<username>', description: 'the account the token acts for' },
      { syntax: '<name>', description: 'what the token is for, e.g. "deploy pipeline"' },
    ],
    summary: 'create an API token for scripts and CI (the secret is shown once)',
    options: [
      { flags: '--role <role>', description: "at most the account's role (default: the same)" },
      {
        flags: '--expires-in <days>',
        description: 'days until it expires, or never (default: 90)',
      },
      { flags: '--json', description: 'print the token and its secret as JSON' },
      ...DATABASE_OPTIONS,
    ],
    examples: [
      [
        'export HINDSIGHT_TOKEN=$(hindsight token create ci-bot "CI lint" --role viewer)',
        'a read-only token for a pipeline',
      ],
    ],
    run: async (args, o, io) =>
      (await import('./token.js')).runTokenCreate(
        {
          username: requiredArgument(args, 0, 'the username'),
          name: requiredArgument(args, 1, 'the token name'),
          role: stringOption(o, 'role'),
          expiresIn: stringOption(o, 'expiresIn'),
          json: flagOption(o, 'json'),
          ...databaseFlags(o),
        },
        io,
      ),
  },
];
