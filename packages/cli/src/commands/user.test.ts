import { AccountStore, createDatabase } from '@hindsight/server';
import { forEachDialect } from '../../../server/src/storage/test-support/for-each-dialect.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { fakeIo, tempDir } from '../test-support/fake-io.js';
import { runTokenCreate } from './token.js';
import { runUserCreate, runUserList, runUserSetRole } from './user.js';

const PASSWORD = 'correct horse battery staple';

forEachDialect('hindsight user and token commands', (ctx) => {
  const io = (stdin?: string) => fakeIo({ cwd: '/', stdin });

  it('creates the first admin from standard input, and refuses a weak password', async () => {
    const weak = io('short\n');
    await expect(
      runUserCreate(
        { username: 'root', admin: true, passwordStdin: true, database: ctx.config },
        weak,
      ),
    ).rejects.toThrow(/password: at least 12 characters/);
    const ok = io(`${PASSWORD}\n`);
    await runUserCreate(
      { username: 'root', admin: true, passwordStdin: true, database: ctx.config },
      ok,
    );
    expect(ok.out()).toBe('Created admin root.\n');
    const accounts = new AccountStore(ctx.handle);
    // The trailing newline of the piped input is not part of the password.
    await expect(accounts.users.authenticate('root', PASSWORD)).resolves.toMatchObject({
      role: 'admin',
    });
    await expect(accounts.users.needsSetup()).resolves.toBe(false);
  });

  it('lists accounts as a table and as JSON, and changes a role', async () => {
    await runUserCreate(
      {
        username: 'ada',
        role: 'editor',
        displayName: 'Ada L.',
        passwordStdin: true,
        database: ctx.config,
      },
      io(PASSWORD),
    );
    const table = io();
    await runUserList({ database: ctx.config }, table);
    expect(table.out()).toBe(
      [
        'USERNAME  ROLE      STATUS    NAME',
        'ada       editor    active    Ada L.',
        'root      admin     active',
        '',
      ].join('\n'),
    );
    const json = io();
    await runUserList({ database: ctx.config, json: true }, json);
    const listed = JSON.parse(json.out()) as { username: string; role: string }[];
    expect(listed.map((u) => [u.username, u.role])).toEqual([
      ['ada', 'editor'],
      ['root', 'admin'],
    ]);
    expect(json.out()).not.toContain('argon2');

    const changed = io();
    await runUserSetRole({ username: 'ADA', role: 'reviewer', database: ctx.config }, changed);
    expect(changed.out()).toBe('ada is now reviewer.\n');
    await expect(
      runUserSetRole({ username: 'root', role: 'viewer', database: ctx.config }, io()),
    ).rejects.toThrow(/no active administrator/);
    await expect(
      runUserSetRole({ username: 'ghost', role: 'viewer', database: ctx.config }, io()),
    ).rejects.toThrow(/No account is named ghost/);
    await expect(
      runUserSetRole({ username: 'ada', role: 'owner', database: ctx.config }, io()),
    ).rejects.toThrow(/Unknown role/);
  });

  it('creates a token whose secret alone goes to stdout and works once', async () => {
    const out = io();
    await runTokenCreate(
      { username: 'ada', name: 'CI lint', role: 'viewer', expiresIn: '7', database: ctx.config },
      out,
    );
    const secret = out.out().trim();
    expect(secret).toMatch(/^hs_[A-Za-z0-9_-]{43}$/);
    expect(out.err()).toMatch(/not shown again/);
    const handle = createDatabase(ctx.config);
    try {
      const active = await new AccountStore(handle).tokens.resolve(secret);
      expect(active).toMatchObject({ role: 'viewer', user: { username: 'ada' } });
    } finally {
      await handle.close();
    }
    await expect(
      runTokenCreate({ username: 'ada', name: 'x', role: 'admin', database: ctx.config }, io()),
    ).rejects.toThrow(/role: must not be above/);
    await expect(
      runTokenCreate({ username: 'ada', name: 'x', expiresIn: 'soon', database: ctx.config }, io()),
    ).rejects.toThrow(/--expires-in/);
  });

  it('needs --password-stdin when there is no terminal', async () => {
    await expect(
      runUserCreate({ username: 'bob', database: ctx.config }, io(PASSWORD)),
    ).rejects.toThrow(/--password-stdin/);
  });
});

describe('hindsight user from the command line', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterAll(async () => {
    await cleanup();
  });

  it('runs the subcommands over the SQLite file of --data-dir, with exit codes', async () => {
    const create = fakeIo({ cwd: dir, stdin: `${PASSWORD}\n` });
    expect(
      await main(
        ['user', 'create', 'root', '--admin', '--password-stdin', '--data-dir', 'data'],
        create,
      ),
    ).toBe(0);
    const list = fakeIo({ cwd: dir });
    expect(await main(['user', 'list', '--json', '--data-dir', 'data'], list)).toBe(0);
    expect(JSON.parse(list.out())).toEqual([expect.objectContaining({ username: 'root' })]);
    const taken = fakeIo({ cwd: dir, stdin: PASSWORD });
    expect(
      await main(['user', 'create', 'ROOT', '--password-stdin', '--data-dir', 'data'], taken),
    ).toBe(2);
    expect(taken.err()).toBe('error: username: is taken\n');
    const help = fakeIo({ cwd: dir });
    expect(await main(['user', '--help'], help)).toBe(0);
    expect(help.out()).toMatch(/create .*\n.*list.*\n.*set-role/s);
    const bad = fakeIo({ cwd: dir, env: { DATABASE_URL: 'mysql://x' } });
    expect(await main(['user', 'list'], bad)).toBe(2);
    expect(bad.err()).toMatch(/DATABASE_URL/);
  });
});

describe('hindsight user create on a terminal', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterAll(async () => {
    await cleanup();
  });

  it('asks for the password twice without echo, with backspace, typed ahead or not', async () => {
    const io = fakeIo({ cwd: dir, tty: true, stdin: `${PASSWORD}x\u007f\r${PASSWORD}\r` });
    expect(await main(['user', 'create', 'tty', '--data-dir', 'data'], io)).toBe(0);
    expect(io.err()).toBe('Password: \nAgain: \n');
    expect(io.out()).not.toContain(PASSWORD);
    const differ = fakeIo({ cwd: dir, tty: true, stdin: `${PASSWORD}\rsomething else entirely\r` });
    expect(await main(['user', 'create', 'tty2', '--data-dir', 'data'], differ)).toBe(2);
    expect(differ.err()).toMatch(/differ/);
    const cancelled = fakeIo({ cwd: dir, tty: true, stdin: 'abc\u0003' });
    expect(await main(['user', 'create', 'tty3', '--data-dir', 'data'], cancelled)).toBe(2);
    expect(cancelled.err()).toMatch(/Cancelled/);
  });
});
