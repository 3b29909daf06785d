import { beforeAll, expect, it } from 'vitest';
import { InvalidInputError } from '../storage/errors.js';
import { countRows, forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { AccountError } from './account-error.js';
import { AccountStore } from './account-store.js';

const PASSWORD = 'correct horse battery staple';

forEachDialect('UserStore', (ctx) => {
  let accounts: AccountStore;
  beforeAll(() => {
    accounts = new AccountStore(ctx.handle);
  });

  it('needs setup until the first admin exists, then refuses a second setup', async () => {
    await expect(accounts.users.needsSetup()).resolves.toBe(true);
    const admin = await accounts.users.setupFirstAdmin({ username: 'Root', password: PASSWORD });
    expect(admin).toMatchObject({ username: 'Root', role: 'admin', disabled: false });
    expect(admin).not.toHaveProperty('passwordHash');
    await expect(accounts.users.needsSetup()).resolves.toBe(false);
    await expect(
      accounts.users.setupFirstAdmin({ username: 'other', password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'setup_done' });
    const audit = await ctx.store.listAudit({ limit: 5 });
    expect(audit[0]).toMatchObject({ action: 'setup.first-admin', actor: 'Root' });
  });

  it('keeps usernames unique whatever their case, and names every field at fault', async () => {
    await accounts.users.create(
      { username: 'ada', password: PASSWORD, role: 'editor', displayName: 'Ada L.' },
      { actor: 'Root' },
    );
    const taken = accounts.users.create(
      { username: 'ADA', password: PASSWORD, role: 'viewer' },
      { actor: 'Root' },
    );
    await expect(taken).rejects.toBeInstanceOf(AccountError);
    await expect(taken).rejects.toMatchObject({ code: 'username_taken', statusCode: 409 });

    const before = await countRows(ctx.handle);
    const error = await accounts.users
      .create(
        {
          username: 'no spaces',
          password: 'short',
          role: 'owner' as never,
          email: 'not-an-address',
        },
        { actor: 'Root' },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((i) => i.path).sort()).toEqual([
      'email',
      'password',
      'role',
      'username',
    ]);
    await expect(
      accounts.users.create(
        { username: 'system', password: PASSWORD, role: 'viewer' },
        { actor: 'Root' },
      ),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(await countRows(ctx.handle)).toEqual(before);
  });

  it('authenticates by username in any case, and says nothing more for a wrong password', async () => {
    await expect(accounts.users.authenticate('Ada', PASSWORD)).resolves.toMatchObject({
      username: 'ada',
    });
    await expect(accounts.users.authenticate('ada', 'wrong password!!')).resolves.toBeUndefined();
    await expect(accounts.users.authenticate('nobody', PASSWORD)).resolves.toBeUndefined();
  });

  it('disables an account: no sign-in, sessions ended; enabling it again lets it sign in', async () => {
    const ada = await accounts.users.findByUsername('ada');
    if (ada === undefined) throw new Error('ada exists');
    const session = await accounts.sessions.create(ada.id);
    await expect(accounts.sessions.resolve(session.token)).resolves.toBeDefined();
    await accounts.users.update(ada.id, { disabled: true }, { actor: 'Root' });
    await expect(accounts.sessions.resolve(session.token)).resolves.toBeUndefined();
    await expect(accounts.users.authenticate('ada', PASSWORD)).resolves.toBeUndefined();
    const enabled = await accounts.users.update(ada.id, { disabled: false }, { actor: 'Root' });
    expect(enabled.disabled).toBe(false);
    await expect(accounts.users.authenticate('ada', PASSWORD)).resolves.toBeDefined();
  });

  it('refuses to demote or disable the last active administrator', async () => {
    const root = await accounts.users.findByUsername('root');
    if (root === undefined) throw new Error('root exists');
    await expect(
      accounts.users.update(root.id, { role: 'editor' }, { actor: 'Root' }),
    ).rejects.toMatchObject({ code: 'last_admin' });
    await expect(
      accounts.users.update(root.id, { disabled: true }, { actor: 'Root' }),
    ).rejects.toMatchObject({ code: 'last_admin' });
    await expect(accounts.users.get(root.id)).resolves.toMatchObject({ role: 'admin' });
  });

  it('changes a password and ends the other sessions of the account', async () => {
    const ada = await accounts.users.findByUsername('ada');
    if (ada === undefined) throw new Error('ada exists');
    const kept = await accounts.sessions.create(ada.id);
    const other = await accounts.sessions.create(ada.id);
    const keptSession = await accounts.sessions.resolve(kept.token);
    await expect(
      accounts.users.setPassword(ada.id, 'short', { actor: 'ada' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await accounts.users.setPassword(ada.id, 'a brand new passphrase', {
      actor: 'ada',
      keepSessionHash: keptSession?.tokenHash,
    });
    await expect(accounts.sessions.resolve(kept.token)).resolves.toBeDefined();
    await expect(accounts.sessions.resolve(other.token)).resolves.toBeUndefined();
    await expect(accounts.users.authenticate('ada', PASSWORD)).resolves.toBeUndefined();
    await expect(
      accounts.users.authenticate('ada', 'a brand new passphrase'),
    ).resolves.toBeDefined();
  });

  it('builds a viewer with aliases and team names', async () => {
    const ada = await accounts.users.findByUsername('ada');
    if (ada === undefined) throw new Error('ada exists');
    const team = await accounts.teams.create('payments', { actor: 'Root' });
    await expect(accounts.teams.create('Payments', { actor: 'Root' })).rejects.toMatchObject({
      code: 'team_taken',
    });
    await accounts.teams.addMember(team.id, ada.id, { actor: 'Root' });
    await accounts.teams.addMember(team.id, ada.id, { actor: 'Root' });
    expect(await accounts.teams.list()).toEqual([
      expect.objectContaining({ name: 'payments', members: ['ada'] }),
    ]);
    const viewer = await accounts.viewerOf(ada);
    expect(viewer).toEqual({
      kind: 'user',
      id: ada.id,
      username: 'ada',
      aliases: ['Ada L.'],
      role: 'editor',
      teams: ['payments'],
    });
    await accounts.teams.removeMember(team.id, ada.id, { actor: 'Root' });
    await expect(accounts.teams.namesOf(ada.id)).resolves.toEqual([]);
    await expect(
      accounts.teams.removeMember(team.id, ada.id, { actor: 'Root' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

forEachDialect('UserStore first-admin race', (ctx) => {
  it('lets exactly one of several concurrent setups create the first admin', async () => {
    const accounts = new AccountStore(ctx.handle);
    const results = await Promise.allSettled(
      ['one', 'two', 'three', 'four'].map((username) =>
        accounts.users.setupFirstAdmin({ username, password: PASSWORD }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    for (const r of lost) expect(r.reason).toMatchObject({ code: 'setup_done' });
    await expect(accounts.users.count()).resolves.toBe(1);
  });
});
