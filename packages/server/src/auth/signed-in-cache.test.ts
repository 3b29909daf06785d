import { beforeAll, expect, it } from 'vitest';
import { forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { AccountStore } from './account-store.js';
import { SIGNED_IN_TTL_MS } from './signed-in-cache.js';
import { testClock } from './test-support/clock.js';
import type { User } from './user.js';

forEachDialect('signed-in cache', (ctx) => {
  const clock = testClock();
  let accounts: AccountStore;
  let admin: User;
  let editor: User;
  beforeAll(async () => {
    accounts = new AccountStore(ctx.handle, { now: clock.now });
    admin = await accounts.users.create(
      { username: 'root', password: 'correct horse battery staple', role: 'admin' },
      { actor: 'system' },
    );
    editor = await accounts.users.create(
      { username: 'cache-bot', password: 'correct horse battery staple', role: 'editor' },
      { actor: 'system' },
    );
  });

  it('answers again from memory, and sees a change made behind its back within the TTL', async () => {
    const { token, secret } = await accounts.tokens.create(editor, { name: 'a' }, { actor: 'x' });
    const first = await accounts.signedInByToken(secret);
    expect(first?.viewer).toMatchObject({ username: 'cache-bot', role: 'editor' });
    // Another process (a second server, the CLI) revokes it in the database directly.
    await ctx.handle.db
      .updateTable('api_tokens')
      .set({ revoked_at: clock.now().toISOString(), revoked_by: 'elsewhere' })
      .where('id', '=', token.id)
      .execute();
    clock.advance(SIGNED_IN_TTL_MS - 1);
    expect(await accounts.signedInByToken(secret)).toBe(first);
    clock.advance(1);
    expect(await accounts.signedInByToken(secret)).toBeUndefined();
  });

  it('forgets at once what this process changes, through any store over the database', async () => {
    const { token, secret } = await accounts.tokens.create(editor, { name: 'b' }, { actor: 'x' });
    expect(await accounts.signedInByToken(secret)).toBeDefined();
    const other = new AccountStore(ctx.handle, { now: clock.now });
    await other.tokens.revoke(token.id, { actor: 'root' });
    expect(await accounts.signedInByToken(secret)).toBeUndefined();
  });

  it('drops a viewer whose role, teams or account change', async () => {
    const user = await accounts.users.create(
      { username: 'mover', password: 'correct horse battery staple', role: 'editor' },
      { actor: 'system' },
    );
    const { secret } = await accounts.tokens.create(user, { name: 'c' }, { actor: 'x' });
    expect((await accounts.signedInByToken(secret))?.viewer.role).toBe('editor');
    await accounts.users.update(user.id, { role: 'viewer' }, { actor: admin.username });
    expect((await accounts.signedInByToken(secret))?.viewer.role).toBe('viewer');
    const team = await accounts.teams.create('payments', { actor: admin.username });
    await accounts.teams.addMember(team.id, user.id, { actor: admin.username });
    expect((await accounts.signedInByToken(secret))?.viewer.teams).toEqual(['payments']);
    await accounts.users.update(user.id, { disabled: true }, { actor: admin.username });
    expect(await accounts.signedInByToken(secret)).toBeUndefined();
  });

  it('never keeps a sign-in past the expiry of its token or session', async () => {
    const { secret } = await accounts.tokens.create(
      editor,
      { name: 'short', expiresInDays: 1 },
      { actor: 'x' },
    );
    expect(await accounts.signedInByToken(secret)).toBeDefined();
    clock.advance(86_400_000 - SIGNED_IN_TTL_MS / 2);
    expect(await accounts.signedInByToken(secret)).toBeDefined();
    clock.advance(SIGNED_IN_TTL_MS / 2);
    expect(await accounts.signedInByToken(secret)).toBeUndefined();

    const session = await accounts.sessions.create(editor.id);
    const signedIn = await accounts.signedInBySession(session.token);
    expect(signedIn?.method).toBe('session');
    await accounts.sessions.revoke(session.token);
    expect(await accounts.signedInBySession(session.token)).toBeUndefined();
  });
});
